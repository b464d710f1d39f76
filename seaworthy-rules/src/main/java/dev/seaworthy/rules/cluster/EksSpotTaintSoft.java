package dev.seaworthy.rules.cluster;

import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.eks.EksNodeGroupView;
import dev.seaworthy.core.view.eks.EksNodeGroupView.Taint;
import dev.seaworthy.core.view.eks.Setting;
import java.util.List;

@RuleInfo(
    id = "eks-spot-taint-soft",
    title = "Spot node group is tainted only with PreferNoSchedule",
    severity = Severity.LOW,
    category = Category.COST,
    checklist = {ChecklistItem.SPOT_INSTANCES},
    description = """
        A taint on a Spot group says that only workloads that tolerate interruption should land \
        there. PreferNoSchedule is a hint the scheduler drops as soon as other nodes are full or \
        scoring favours the Spot node, so databases, single-replica services and controllers end \
        up on Spot anyway and are interrupted with two minutes' notice. NoSchedule makes the \
        isolation real: only pods with the toleration run there. A Spot group with no taint at all \
        is a deliberate choice (everything may run there) and is not reported.""",
    remediation = "Use effect NoSchedule for the Spot taint and add the matching toleration to the workloads that may run on Spot.",
    references = {
      "https://kubernetes.io/docs/concepts/scheduling-eviction/taint-and-toleration/",
      "https://docs.aws.amazon.com/eks/latest/best-practices/cost-opt-compute.html"
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
            instanceTypes: [m5.large, m5a.large, m6i.large, m6a.large, m7i.large]
            taints:
              - key: spotInstance
                value: "true"
                effect: PreferNoSchedule
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
            taints:
              - key: spotInstance
                value: "true"
                effect: NoSchedule
        """)
public final class EksSpotTaintSoft extends NodeGroupRule {

  @Override
  List<Violation> check(EksNodeGroupView group, RuleContext context) {
    Setting<List<Taint>> taints = group.taints();
    if (!DataPlane.isSpot(group) || taints.known().isEmpty() || taints.value().isEmpty()) {
      return List.of();
    }
    if (!taints.value().stream().allMatch(t -> t.effect().equals("PreferNoSchedule"))) {
      return List.of();
    }
    Taint first = taints.value().get(0);
    return Violation.one(first.node(), group.describe() + " buys Spot and is tainted only with PreferNoSchedule (" + first.key()
        + "): the scheduler still puts pods without the toleration there when other nodes are busy, so the Spot isolation is soft");
  }
}
