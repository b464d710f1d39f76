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
    id = "nodepool-expiry-disabled",
    title = "Karpenter NodePool never expires its nodes",
    severity = Severity.LOW,
    category = Category.AUTOSCALING,
    checklist = {ChecklistItem.CLUSTER_AUTOSCALING, ChecklistItem.SECURITY_UPDATES},
    description = """
        expireAfter bounds how long a node lives (720h by default): expired nodes are drained and \
        replaced, which is how kernel and AMI patches reach nodes that drift never touches, and how \
        long-uptime problems (leaks, fragmentation) are cleared. With expireAfter: Never a node lives \
        until consolidation or drift removes it; a busy node whose NodeClass does not change can run \
        an unpatched kernel for months. Read from spec.template.spec.expireAfter (v1) or \
        spec.disruption.expireAfter (v1beta1).""",
    remediation = "Set expireAfter to a bounded duration, such as 720h, and protect long jobs with the karpenter.sh/do-not-disrupt annotation and terminationGracePeriod.",
    references = {
      "https://karpenter.sh/docs/concepts/disruption/#expiration",
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
              expireAfter: Never
          limits: {cpu: "100"}
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
              expireAfter: 720h
          limits: {cpu: "100"}
        """)
public final class NodePoolExpiryDisabled implements ResourceRule {

  @Override
  public boolean appliesTo(Resource resource) {
    return Karpenter.isNodePool(resource);
  }

  @Override
  public List<Violation> check(Resource pool, RuleContext context) {
    Node expire = pool.version().equals("v1beta1")
        ? pool.node().at("spec", "disruption", "expireAfter")
        : pool.node().at("spec", "template", "spec", "expireAfter");
    if (!expire.textOr("").equals("Never")) {
      return List.of();
    }
    return Violation.one(
        expire,
        Names.describe(pool) + " sets expireAfter: Never: its nodes are never recycled, so kernel and AMI patches reach them only "
            + "if drift or consolidation happens to replace them");
  }
}
