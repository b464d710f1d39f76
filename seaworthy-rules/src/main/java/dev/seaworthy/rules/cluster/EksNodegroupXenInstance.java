package dev.seaworthy.rules.cluster;

import dev.seaworthy.core.data.InstanceTypes.InstanceType;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.eks.EksNodeGroupView;
import java.util.List;
import java.util.Optional;

@RuleInfo(
    id = "eks-nodegroup-xen-instance",
    title = "Node group uses Xen-based (pre-Nitro) instance types",
    severity = Severity.MEDIUM,
    category = Category.NETWORK,
    description = """
        Instance types on the older Xen hypervisor (t2, m4, c4, r4 and other previous generations) \
        do not support VPC CNI prefix delegation or security groups for pods, so a cluster that \
        turns either on gets nodes where it silently does not apply (and a t2.large stays at 35 pods \
        where a t3.large reaches 110 with prefixes). They are also slower and dearer per unit of \
        work than their Nitro successors. The hypervisor of each type comes from the bundled, dated \
        instance-type table (from the VPC CNI's own limits file).""",
    remediation = "Replace the Xen types with current Nitro generations of the same shape (t2.large -> t3.large or t3a.large, m4.large -> m5.large).",
    references = {
      "https://docs.aws.amazon.com/ec2/latest/instancetypes/ec2-nitro-instances.html",
      "https://docs.aws.amazon.com/eks/latest/best-practices/prefix-mode-linux.html",
      "https://docs.aws.amazon.com/eks/latest/userguide/security-groups-for-pods.html"
    },
    example = """
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: us-east-1
        managedNodeGroups:
          - name: workers
            instanceTypes: [m5.large, m4.large]
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
public final class EksNodegroupXenInstance extends NodeGroupRule {

  @Override
  List<Violation> check(EksNodeGroupView group, RuleContext context) {
    List<String> xen = xenTypes(group);
    if (xen.isEmpty()) {
      return List.of();
    }
    return Violation.one(group.instanceTypes().node(), group.describe() + " uses Xen-based instance type" + (xen.size() == 1 ? " " : "s ")
        + DataPlane.names(xen) + group.instanceTypes().note() + ": no VPC CNI prefix delegation and no security groups for pods on those nodes");
  }

  /** The group's known types that run on Xen. */
  static List<String> xenTypes(EksNodeGroupView group) {
    Optional<List<String>> names = DataPlane.typeNames(group);
    if (names.isEmpty()) {
      return List.of();
    }
    return names.get().stream().filter(n -> DataPlane.TYPES.find(n).map(InstanceType::isXen).orElse(false)).toList();
  }
}
