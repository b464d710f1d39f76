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
import java.util.ArrayList;
import java.util.List;

@RuleInfo(
    id = "nodepool-disruption-blocked",
    title = "Karpenter NodePool disruption budget blocks drift and consolidation for good",
    severity = Severity.MEDIUM,
    category = Category.AUTOSCALING,
    checklist = {ChecklistItem.CLUSTER_AUTOSCALING, ChecklistItem.SECURITY_UPDATES},
    description = """
        A disruption budget with nodes: "0" (or "0%") and no schedule is always active. When it also \
        covers the Drifted reason (a budget without reasons covers all of them), Karpenter never \
        replaces nodes whose EC2NodeClass or requirements changed, so a new AMI, security group or \
        subnet selection never rolls out, and empty or underused nodes are never removed. Only \
        expiry, which ignores budgets, still recycles nodes. Budgets with a schedule and duration \
        (maintenance windows), or limited to Underutilized or Empty, are deliberate and not reported.""",
    remediation = "Give the zero budget a schedule and duration (for example business hours), limit it to the Underutilized reason, or allow a small number or percentage of nodes.",
    references = {
      "https://karpenter.sh/docs/concepts/disruption/#nodepool-disruption-budgets",
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
            budgets:
              - nodes: "0"
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
            budgets:
              - nodes: "10%"
              - nodes: "0"
                schedule: "0 9 * * mon-fri"
                duration: 8h
          limits: {cpu: "100"}
        """)
public final class NodePoolDisruptionBlocked implements ResourceRule {

  @Override
  public boolean appliesTo(Resource resource) {
    return Karpenter.isNodePool(resource);
  }

  @Override
  public List<Violation> check(Resource pool, RuleContext context) {
    List<Violation> out = new ArrayList<>();
    for (Node budget : pool.node().at("spec", "disruption", "budgets").items()) {
      Node nodes = budget.at("nodes");
      String value = nodes.textOr("").strip();
      if (!(value.equals("0") || value.equals("0%")) || budget.at("schedule").isPresent()) {
        continue;
      }
      List<Node> reasons = budget.at("reasons").items();
      if (!reasons.isEmpty() && reasons.stream().noneMatch(r -> r.textOr("").equals("Drifted"))) {
        continue;
      }
      out.add(
          Violation.of(
              nodes,
              Names.describe(pool) + " has an always-active disruption budget of nodes: \"" + value + "\""
                  + (reasons.isEmpty() ? " for every reason" : " covering Drifted")
                  + ": drifted nodes are never replaced, so AMI and NodeClass changes never roll out"));
    }
    return out;
  }
}
