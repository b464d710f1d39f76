package dev.seaworthy.rules.cluster;

import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.eks.EksClusterView;
import dev.seaworthy.core.view.eks.EksInputs;
import dev.seaworthy.core.view.eks.EksNodeGroupView;
import dev.seaworthy.core.view.eks.EksNodeGroupView.CapacityType;
import java.util.List;

@RuleInfo(
    id = "eks-no-on-demand-capacity",
    title = "Every node group of the cluster runs on Spot and no Fargate profile exists",
    severity = Severity.HIGH,
    category = Category.RELIABILITY,
    checklist = {ChecklistItem.SPOT_INSTANCES},
    description = """
        When every node group of a cluster buys Spot capacity and no Fargate profile exists, the \
        pods that keep the cluster working (CoreDNS, the AWS Load Balancer Controller, the Cluster \
        Autoscaler or Karpenter controller, admission webhooks) can only run on instances AWS may \
        reclaim with two minutes' notice, and a Spot shortage in the region can leave the cluster \
        with no nodes at all. The Cluster Autoscaler and Karpenter best practices both keep system \
        pods on On-Demand capacity (or Fargate) and Spot for interruption-tolerant workloads. The \
        cluster is judged only when its definition lists node groups itself; groups that other \
        files (Terraform or eksctl) add to the same cluster name count too, and a group whose \
        capacity type is not known keeps the rule quiet.""",
    remediation = "Add an On-Demand node group (or a Fargate profile) for system and critical workloads and keep Spot groups for interruption-tolerant ones.",
    references = {
      "https://docs.aws.amazon.com/eks/latest/best-practices/cas.html",
      "https://docs.aws.amazon.com/eks/latest/best-practices/karpenter.html",
      "https://docs.aws.amazon.com/eks/latest/userguide/managed-node-groups.html"
    },
    example = """
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: us-east-1
        iam: {withOIDC: true}
        managedNodeGroups:
          - name: spot
            spot: true
            instanceTypes: [m5.large, m5a.large, m6i.large, m6a.large, m7i.large]
            minSize: 2
            maxSize: 10
        """,
    fixedExample = """
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: us-east-1
        iam: {withOIDC: true}
        managedNodeGroups:
          - name: system
            instanceTypes: [m5.large]
            minSize: 2
            maxSize: 4
          - name: spot
            spot: true
            instanceTypes: [m5.large, m5a.large, m6i.large, m6a.large, m7i.large]
            minSize: 2
            maxSize: 10
        """)
public final class EksNoOnDemandCapacity extends ClusterDataPlaneRule {

  @Override
  List<Violation> check(EksClusterView cluster, DataPlane.Fleet fleet, RuleContext context) {
    if (fleet.own().isEmpty()) {
      return List.of(); // the definition does not list its node groups: others may exist elsewhere
    }
    for (EksNodeGroupView g : fleet.all()) {
      if (!g.capacityType().is(CapacityType.SPOT)) {
        return List.of(); // On-Demand, mixed or not known
      }
    }
    String name = cluster.name().known().orElse("");
    if (EksInputs.hasFargateProfile(context.inventory(), name)) {
      return List.of();
    }
    EksNodeGroupView first = fleet.own().get(0);
    String which = name.isEmpty() ? cluster.describe() : "cluster \"" + name + "\"";
    return Violation.one(first.capacityType().node(),
        "every node group of " + which + " runs on Spot (" + DataPlane.describeAll(fleet.all())
            + ") and no Fargate profile exists: CoreDNS, the load balancer controller and the autoscaler all run on capacity AWS can reclaim at two minutes' notice");
  }
}
