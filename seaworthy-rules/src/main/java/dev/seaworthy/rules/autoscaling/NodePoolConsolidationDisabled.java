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
    id = "nodepool-consolidation-disabled",
    title = "Karpenter NodePool never consolidates, not even empty nodes",
    severity = Severity.LOW,
    category = Category.AUTOSCALING,
    checklist = {ChecklistItem.CLUSTER_AUTOSCALING},
    description = """
        consolidateAfter: Never switches consolidation off whatever the consolidationPolicy: Karpenter \
        then removes no node for being empty or underused, so every scale-out leaves its nodes behind \
        after the burst, billed until they expire. An unset consolidationPolicy is fine (it defaults \
        to WhenEmptyOrUnderutilized); WhenEmpty with a finite consolidateAfter is a valid, gentler \
        choice. Static NodePools (spec.replicas) are not reported.""",
    remediation = "Set spec.disruption.consolidateAfter to a duration (for example 1m, or longer for bursty pools) and use disruption budgets to limit how fast nodes are removed.",
    references = {
      "https://karpenter.sh/docs/concepts/disruption/#consolidation",
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
          disruption:
            consolidationPolicy: WhenEmpty
            consolidateAfter: Never
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
          disruption:
            consolidationPolicy: WhenEmpty
            consolidateAfter: 5m
          limits: {cpu: "100"}
        """)
public final class NodePoolConsolidationDisabled implements ResourceRule {

  @Override
  public boolean appliesTo(Resource resource) {
    return Karpenter.isNodePool(resource);
  }

  @Override
  public List<Violation> check(Resource pool, RuleContext context) {
    Node after = pool.node().at("spec", "disruption", "consolidateAfter");
    if (Karpenter.isStatic(pool) || !after.textOr("").equals("Never")) {
      return List.of();
    }
    return Violation.one(
        after,
        Names.describe(pool) + " sets consolidateAfter: Never: Karpenter never removes its empty or underused nodes, so capacity "
            + "from every burst stays billed");
  }
}
