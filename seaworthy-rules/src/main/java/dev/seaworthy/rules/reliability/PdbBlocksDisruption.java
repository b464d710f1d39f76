package dev.seaworthy.rules.reliability;

import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.core.rule.InventoryRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import java.util.List;
import java.util.Optional;

@RuleInfo(
    id = "pdb-blocks-disruption",
    title = "PodDisruptionBudget allows no disruption",
    severity = Severity.MEDIUM,
    category = Category.RELIABILITY,
    checklist = {ChecklistItem.SECURITY_UPDATES},
    description = """
        A PodDisruptionBudget with maxUnavailable 0 (or "0%"), minAvailable "100%", or a minAvailable \
        at or above the total replicas of the workloads it selects never allows an eviction. Every \
        drain of a node running one of those pods then hangs: managed node group version and AMI \
        updates fail unless forced, and the Cluster Autoscaler and Karpenter cannot scale down or \
        consolidate the node, so security patches and cost savings wait on a manual intervention. \
        The replica comparison is made only when every workload the budget selects in the audited \
        input has a fixed replica count; budgets over autoscaled workloads are judged by \
        pdb-min-available-reaches-hpa-min.""",
    remediation = "Allow at least one disruption: set maxUnavailable: 1, or a minAvailable below the number of replicas.",
    references = {
      "https://kubernetes.io/docs/tasks/run-application/configure-pdb/#think-about-how-your-application-reacts-to-disruptions",
      "https://docs.aws.amazon.com/eks/latest/userguide/managed-node-update-behavior.html",
      "https://docs.aws.amazon.com/eks/latest/best-practices/application.html"
    },
    equivalents = {"polaris:pdbDisruptionsIsZero", "kube-linter:pdb-max-unavailable", "kube-linter:pdb-min-available"},
    example = """
        apiVersion: policy/v1
        kind: PodDisruptionBudget
        metadata:
          name: web
          namespace: shop
        spec:
          maxUnavailable: 0
          selector:
            matchLabels: {app: web}
        """,
    fixedExample = """
        apiVersion: policy/v1
        kind: PodDisruptionBudget
        metadata:
          name: web
          namespace: shop
        spec:
          maxUnavailable: 1
          selector:
            matchLabels: {app: web}
        """)
public final class PdbBlocksDisruption implements InventoryRule {

  @Override
  public boolean appliesTo(Resource resource) {
    return Pdbs.isPdb(resource);
  }

  @Override
  public List<Violation> check(Resource resource, RuleContext context) {
    String pdb = Workloads.describe(resource);
    Optional<Pdbs.Budget> maxUnavailable = Pdbs.budget(resource, "maxUnavailable");
    if (maxUnavailable.isPresent()) {
      Pdbs.Budget budget = maxUnavailable.get();
      if (budget.count().orElse(-1) == 0 || budget.percent().orElse(-1) == 0) {
        return Violation.one(
            budget.node(),
            pdb + " sets maxUnavailable: " + budget.shown() + ", so none of the pods it selects may ever be evicted: " + Pdbs.DRAIN_BLOCKED);
      }
      return List.of();
    }
    Optional<Pdbs.Budget> minAvailable = Pdbs.budget(resource, "minAvailable");
    if (minAvailable.isEmpty()) {
      return List.of();
    }
    Pdbs.Budget budget = minAvailable.get();
    if (budget.percent().orElse(0) >= 100) {
      return Violation.one(
          budget.node(),
          pdb + " sets minAvailable: " + budget.shown() + ", so none of the pods it selects may ever be evicted: " + Pdbs.DRAIN_BLOCKED);
    }
    Optional<Pdbs.Selection> selection = Pdbs.selection(resource, context.inventory());
    if (selection.isEmpty() || selection.get().anyAutoscaled()) {
      return List.of();
    }
    long total = selection.get().minTotal();
    if (total == 0 || budget.scaled(total) < total) {
      return List.of();
    }
    String needed = budget.isPercent() ? " (" + budget.scaled(total) + " of " + total + " pods, rounded up)" : "";
    return Violation.one(
        budget.node(),
        pdb + " sets minAvailable: " + budget.shown() + needed + ", but it selects only " + selection.get().describe()
            + " in the audited input: no pod may be evicted while all are running, so " + Pdbs.DRAIN_BLOCKED);
  }
}
