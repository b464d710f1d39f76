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
import java.util.List;

@RuleInfo(
    id = "nodepool-limits-missing",
    title = "Karpenter NodePool sets no resource limits",
    severity = Severity.MEDIUM,
    category = Category.AUTOSCALING,
    checklist = {ChecklistItem.CLUSTER_AUTOSCALING},
    description = """
        spec.limits caps the total CPU, memory (or other resources) a NodePool may provision; it is \
        the only brake Karpenter has, since there is no cluster-wide limit. Without it, a runaway \
        Deployment, an HPA chasing a bad metric or a crash-looping Job makes Karpenter launch \
        instances until EC2 quotas stop it, and the bill arrives later. The EKS Best Practices Guide \
        recommends limits together with billing alarms. Static NodePools (spec.replicas) are not \
        reported.""",
    remediation = "Set spec.limits on the NodePool (for example cpu: \"1000\" and memory: 1000Gi) sized to the most the pool should ever run, and alarm on spend.",
    references = {
      "https://karpenter.sh/docs/concepts/nodepools/#speclimits",
      "https://docs.aws.amazon.com/eks/latest/best-practices/karpenter.html"
    },
    example = """
        apiVersion: karpenter.sh/v1
        kind: NodePool
        metadata:
          name: default
        spec:
          template:
            spec:
              nodeClassRef: {group: karpenter.k8s.aws, kind: EC2NodeClass, name: default}
              requirements: []
        """,
    fixedExample = """
        apiVersion: karpenter.sh/v1
        kind: NodePool
        metadata:
          name: default
        spec:
          template:
            spec:
              nodeClassRef: {group: karpenter.k8s.aws, kind: EC2NodeClass, name: default}
              requirements: []
          limits:
            cpu: "1000"
            memory: 1000Gi
        """)
public final class NodePoolLimitsMissing implements ResourceRule {

  @Override
  public boolean appliesTo(Resource resource) {
    return Karpenter.isNodePool(resource);
  }

  @Override
  public List<Violation> check(Resource pool, RuleContext context) {
    Node limits = pool.node().at("spec", "limits");
    if (Karpenter.isStatic(pool) || !limits.entries().isEmpty() || !pool.node().at("spec").isMap()) {
      return List.of();
    }
    return Violation.one(
        Names.orElse(limits, Names.specOrObject(pool)),
        Names.describe(pool) + " sets no spec.limits: nothing bounds how many nodes it launches, so a runaway workload scales spend "
            + "until EC2 quotas stop it");
  }
}
