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
    id = "pdb-min-available-reaches-hpa-min",
    title = "PodDisruptionBudget minAvailable is not below the autoscaler's minimum",
    severity = Severity.MEDIUM,
    category = Category.RELIABILITY,
    checklist = {ChecklistItem.SECURITY_UPDATES},
    description = """
        When a HorizontalPodAutoscaler (or KEDA ScaledObject) scales the selected workload down to \
        its minReplicas, a PodDisruptionBudget whose minAvailable is equal to or above that minimum \
        allows no eviction at all. Quiet hours, when the autoscaler sits at its minimum, are exactly \
        when node group updates, Karpenter consolidation and Cluster Autoscaler scale-down run, and \
        they all stall on these pods. Judged only when every workload the budget selects in the \
        audited input has a known replica count and at least one of them is autoscaled.""",
    remediation = "Keep minAvailable below the autoscaler's minReplicas (or raise minReplicas), or use maxUnavailable: 1, which scales with the replica count.",
    references = {
      "https://kubernetes.io/docs/tasks/run-application/configure-pdb/",
      "https://kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale/",
      "https://docs.aws.amazon.com/eks/latest/best-practices/application.html"
    },
    equivalents = {"polaris:pdbMinAvailableGreaterThanHPAMinReplicas"},
    example = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          namespace: shop
        spec:
          selector:
            matchLabels: {app: web}
          template:
            metadata:
              labels: {app: web}
            spec:
              containers:
                - name: web
                  image: nginx:1.27
        ---
        apiVersion: autoscaling/v2
        kind: HorizontalPodAutoscaler
        metadata:
          name: web
          namespace: shop
        spec:
          scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
          minReplicas: 2
          maxReplicas: 10
        ---
        apiVersion: policy/v1
        kind: PodDisruptionBudget
        metadata:
          name: web
          namespace: shop
        spec:
          minAvailable: 2
          selector:
            matchLabels: {app: web}
        """,
    fixedExample = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          namespace: shop
        spec:
          selector:
            matchLabels: {app: web}
          template:
            metadata:
              labels: {app: web}
            spec:
              containers:
                - name: web
                  image: nginx:1.27
        ---
        apiVersion: autoscaling/v2
        kind: HorizontalPodAutoscaler
        metadata:
          name: web
          namespace: shop
        spec:
          scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
          minReplicas: 2
          maxReplicas: 10
        ---
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
public final class PdbMinAvailableReachesHpaMin implements InventoryRule {

  @Override
  public boolean appliesTo(Resource resource) {
    return Pdbs.isPdb(resource);
  }

  @Override
  public List<Violation> check(Resource resource, RuleContext context) {
    if (resource.node().at("spec", "maxUnavailable").isPresent()) {
      return List.of();
    }
    Optional<Pdbs.Budget> minAvailable = Pdbs.budget(resource, "minAvailable");
    if (minAvailable.isEmpty() || minAvailable.get().percent().orElse(0) >= 100) {
      return List.of(); // "100%" blocks at any scale: pdb-blocks-disruption reports it
    }
    Optional<Pdbs.Selection> selection = Pdbs.selection(resource, context.inventory());
    if (selection.isEmpty() || !selection.get().anyAutoscaled()) {
      return List.of();
    }
    Pdbs.Budget budget = minAvailable.get();
    long atMinimum = selection.get().minTotal();
    long needed = budget.scaled(atMinimum);
    if (atMinimum == 0 || needed < atMinimum) {
      return List.of();
    }
    String relation = needed == atMinimum ? "equals" : "is above";
    String shown = budget.isPercent() ? budget.shown() + " (" + needed + " of " + atMinimum + " pods, rounded up)" : budget.shown();
    return Violation.one(
        budget.node(),
        Workloads.describe(resource) + " sets minAvailable: " + shown + ", which " + relation + " the " + atMinimum
            + (atMinimum == 1 ? " pod that " : " pods that ") + selection.get().describe() + " run" + (selection.get().pods().size() == 1 ? "s" : "")
            + " at the autoscaler's minimum: whenever it scales down that far, no pod may be evicted and " + Pdbs.DRAIN_BLOCKED);
  }
}
