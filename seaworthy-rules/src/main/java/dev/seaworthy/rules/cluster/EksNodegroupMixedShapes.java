package dev.seaworthy.rules.cluster;

import dev.seaworthy.core.data.InstanceTypes.InstanceType;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.eks.EksNodeGroupView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@RuleInfo(
    id = "eks-nodegroup-mixed-shapes",
    title = "Node group mixes instance types with different vCPU, memory or GPU",
    severity = Severity.MEDIUM,
    category = Category.AUTOSCALING,
    checklist = {ChecklistItem.CLUSTER_AUTOSCALING},
    description = """
        The Cluster Autoscaler simulates a scale-up with one template node per node group, built \
        from one of the group's instance types. When the group mixes shapes (for example 2 vCPU / \
        8 GiB and 4 vCPU / 16 GiB), the new node may be smaller than the template: pods stay \
        pending after a scale-up, or the autoscaler never scales for pods it believes do not fit. \
        The Cluster Autoscaler best practice is one vCPU/memory/GPU shape per group. Shapes come \
        from the bundled, dated instance-type table; a type the table does not know keeps the rule \
        quiet.""",
    remediation = "Keep instance types of one vCPU/memory/GPU shape in each node group and put other shapes in their own group.",
    references = {
      "https://docs.aws.amazon.com/eks/latest/best-practices/cas.html",
      "https://github.com/kubernetes/autoscaler/blob/master/cluster-autoscaler/cloudprovider/aws/README.md"
    },
    example = """
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: us-east-1
        managedNodeGroups:
          - name: workers
            instanceTypes: [m5.large, m5.xlarge]
        """,
    fixedExample = """
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: us-east-1
        managedNodeGroups:
          - name: workers
            instanceTypes: [m5.large, m5a.large]
        """)
public final class EksNodegroupMixedShapes extends NodeGroupRule {

  @Override
  List<Violation> check(EksNodeGroupView group, RuleContext context) {
    Optional<List<InstanceType>> types = DataPlane.types(group);
    if (types.isEmpty() || types.get().size() < 2) {
      return List.of();
    }
    Map<String, List<String>> byShape = new LinkedHashMap<>();
    for (InstanceType t : types.get()) {
      if (t.vcpu().isEmpty() || t.memoryMib().isEmpty()) {
        return List.of();
      }
      byShape.computeIfAbsent(t.describeShape(), k -> new ArrayList<>()).add(t.name());
    }
    if (byShape.size() < 2) {
      return List.of();
    }
    List<String> parts = new ArrayList<>();
    byShape.forEach((shape, names) -> parts.add(String.join(", ", names) + " (" + shape + ")"));
    return Violation.one(group.instanceTypes().node(), group.describe() + " mixes instance shapes: " + String.join("; ", parts)
        + ". The Cluster Autoscaler sizes a scale-up from one type, so new nodes may not fit the pods it scaled for");
  }
}
