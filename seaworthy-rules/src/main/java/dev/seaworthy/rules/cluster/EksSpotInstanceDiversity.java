package dev.seaworthy.rules.cluster;

import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.eks.EksNodeGroupView;
import java.util.List;
import java.util.Optional;

@RuleInfo(
    id = "eks-spot-instance-diversity",
    title = "Spot node group allows fewer than five instance types",
    severity = Severity.MEDIUM,
    category = Category.COST,
    checklist = {ChecklistItem.SPOT_INSTANCES},
    description = """
        Spot capacity is offered per instance type and Availability Zone pool, and AWS reclaims \
        whole pools. A Spot group with one to four instance types has few pools to fall back on: \
        when they are reclaimed or exhausted the group cannot replace its nodes and pending pods \
        wait. AWS's Spot best practice is to be flexible across at least 10 instance types per \
        workload; Seaworthy reports groups with fewer than five. Types in one group should still \
        have the same vCPU and memory for the Cluster Autoscaler (see eks-nodegroup-mixed-shapes), \
        so add same-shape types from other families and generations.""",
    remediation = "List more same-shape instance types for the Spot group (for example m5.large, m5a.large, m6i.large, m6a.large, m7i.large), aiming at ten.",
    references = {
      "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/spot-best-practices.html",
      "https://docs.aws.amazon.com/eks/latest/best-practices/cost-opt-compute.html",
      "https://docs.aws.amazon.com/eks/latest/best-practices/cas.html"
    },
    example = """
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: us-east-1
        managedNodeGroups:
          - name: spot
            spot: true
            instanceTypes: [m5.large, m5a.large]
        """,
    fixedExample = """
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: us-east-1
        managedNodeGroups:
          - name: spot
            spot: true
            instanceTypes: [m5.large, m5a.large, m6i.large, m6a.large, m7i.large]
        """)
public final class EksSpotInstanceDiversity extends NodeGroupRule {

  /** Below this many types a Spot group is reported (AWS recommends ten; five keeps the rule quiet on reasonable groups). */
  static final int MIN_TYPES = 5;

  @Override
  List<Violation> check(EksNodeGroupView group, RuleContext context) {
    Optional<List<String>> types = DataPlane.typeNames(group);
    if (!DataPlane.isSpot(group) || types.isEmpty() || types.get().size() >= MIN_TYPES) {
      return List.of();
    }
    int n = types.get().size();
    return Violation.one(group.instanceTypes().node(), group.describe() + " buys Spot with " + n + " instance type" + (n == 1 ? "" : "s")
        + " (" + DataPlane.names(types.get()) + ")" + group.instanceTypes().note()
        + ": when those Spot pools are reclaimed the group cannot replace its nodes; AWS recommends being flexible across at least 10 types");
  }
}
