package dev.seaworthy.rules.autoscaling;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.core.rule.ResourceRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

@RuleInfo(
    id = "nodepool-spot-few-instance-types",
    title = "Karpenter pool allows Spot with too few instance types",
    severity = Severity.LOW,
    category = Category.AUTOSCALING,
    checklist = {ChecklistItem.SPOT_INSTANCES, ChecklistItem.CLUSTER_AUTOSCALING},
    description = """
        Spot capacity comes from pools (instance type x Availability Zone). Karpenter launches Spot \
        with the price-capacity-optimized strategy, which can only pick deep, rarely interrupted \
        pools if it is offered many types; an explicit node.kubernetes.io/instance-type list of a \
        handful of types concentrates every node in a few pools, so one reclaim wave or an \
        insufficient-capacity error hits the whole pool at once. Karpenter itself requires 15 \
        cheaper instance types before it replaces a Spot node with another (spot-to-spot \
        consolidation, behind the SpotToSpotConsolidation feature gate), and the EKS Best Practices Guide warns against constraining types with Spot. \
        Judged on NodePools and on v1alpha5 Provisioners (whose requirements carry over unchanged) \
        that allow Spot; without a capacity-type requirement Karpenter launches on-demand only.""",
    remediation = "Replace the instance-type list with broader requirements (instance-category, instance-generation, instance-cpu) that admit at least 15 types, or add more types of similar size.",
    references = {
      "https://docs.aws.amazon.com/eks/latest/best-practices/karpenter.html",
      "https://karpenter.sh/docs/concepts/disruption/#spot-consolidation"
    },
    example = """
        apiVersion: karpenter.sh/v1
        kind: NodePool
        metadata:
          name: spot
        spec:
          template:
            spec:
              nodeClassRef: {group: karpenter.k8s.aws, kind: EC2NodeClass, name: default}
              requirements:
                - key: karpenter.sh/capacity-type
                  operator: In
                  values: ["spot"]
                - key: node.kubernetes.io/instance-type
                  operator: In
                  values: ["m5.large", "m5a.large", "m6i.large"]
          limits: {cpu: "100"}
        """,
    fixedExample = """
        apiVersion: karpenter.sh/v1
        kind: NodePool
        metadata:
          name: spot
        spec:
          template:
            spec:
              nodeClassRef: {group: karpenter.k8s.aws, kind: EC2NodeClass, name: default}
              requirements:
                - key: karpenter.sh/capacity-type
                  operator: In
                  values: ["spot"]
                - key: karpenter.k8s.aws/instance-category
                  operator: In
                  values: ["c", "m", "r"]
                - key: karpenter.k8s.aws/instance-generation
                  operator: Gt
                  values: ["4"]
          limits: {cpu: "100"}
        """)
public final class NodePoolSpotFewInstanceTypes implements ResourceRule {

  @Override
  public boolean appliesTo(Resource resource) {
    return Karpenter.isNodePool(resource) || Karpenter.isProvisioner(resource);
  }

  @Override
  public List<Violation> check(Resource pool, RuleContext context) {
    List<Node> requirements = Karpenter.requirements(pool);
    if (!Karpenter.allowsSpot(requirements)) {
      return List.of();
    }
    Set<String> allowed = null;
    Node first = null;
    Set<String> excluded = new LinkedHashSet<>();
    for (Node req : requirements) {
      if (!req.at("key").textOr("").equals(Karpenter.INSTANCE_TYPE)) {
        continue;
      }
      Set<String> values = new LinkedHashSet<>();
      req.at("values").items().forEach(v -> v.text().ifPresent(values::add));
      switch (req.at("operator").textOr("")) {
        case "In" -> {
          if (allowed == null) {
            allowed = values;
            first = req.at("values");
          } else {
            allowed.retainAll(values);
          }
        }
        case "NotIn" -> excluded.addAll(values);
        default -> {}
      }
    }
    if (allowed == null) {
      return List.of();
    }
    allowed.removeAll(excluded);
    int minimum = Karpenter.FACTS.spotMinInstanceTypes();
    if (allowed.isEmpty() || allowed.size() >= minimum) {
      return List.of();
    }
    return Violation.one(
        first,
        Names.describe(pool) + " allows Spot with only " + allowed.size() + " instance type" + (allowed.size() == 1 ? "" : "s") + " ("
            + String.join(", ", allowed) + "): a few Spot pools mean correlated interruptions and capacity errors; Karpenter wants at least "
            + minimum + " for spot-to-spot consolidation");
  }
}
