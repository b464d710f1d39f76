package dev.seaworthy.rules.cluster;

import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.eks.EksNodeGroupView;
import java.util.List;
import java.util.Optional;

@RuleInfo(
    id = "eks-nodegroup-burstable-instance",
    title = "Node group uses burstable (T-family) instance types",
    severity = Severity.LOW,
    category = Category.CLUSTER,
    description = """
        Burstable instances (t2, t3, t3a, t4g) give full CPU only while they have CPU credits. A \
        node packed with pods runs above its baseline (20-40% of a vCPU for the large sizes) all the \
        time: in standard mode (t2's default) it is throttled to the baseline once credits run out, \
        and in unlimited mode (t3's default) the surplus is billed, so the cheap price is not the \
        real one. Kubernetes schedules on requests and knows nothing of credits, so throttled nodes \
        make latency and probe failures that are hard to explain. Fine for dev clusters; for a \
        production group prefer fixed-performance types. The EKS API's default instance type \
        (t3.medium) counts and is named.""",
    remediation = "Use fixed-performance types (m, c, r families) for production node groups, or monitor CPU credit balance and surplus charges if burstable types are kept.",
    references = {
      "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/burstable-performance-instances.html",
      "https://docs.aws.amazon.com/eks/latest/best-practices/cost-opt-compute.html"
    },
    example = """
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: us-east-1
        managedNodeGroups:
          - name: workers
            instanceType: t3.large
        """,
    fixedExample = """
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: us-east-1
        managedNodeGroups:
          - name: workers
            instanceType: m5.large
        """)
public final class EksNodegroupBurstableInstance extends NodeGroupRule {

  @Override
  List<Violation> check(EksNodeGroupView group, RuleContext context) {
    Optional<List<String>> names = DataPlane.typeNames(group);
    if (names.isEmpty()) {
      return List.of();
    }
    List<String> burstable = names.get().stream()
        .filter(n -> DataPlane.TYPES.find(n).map(t -> t.isBurstable()).orElse(false)).toList();
    if (burstable.isEmpty()) {
      return List.of();
    }
    return Violation.one(group.instanceTypes().node(), group.describe() + " uses burstable instance type" + (burstable.size() == 1 ? " " : "s ")
        + DataPlane.names(burstable) + group.instanceTypes().note()
        + ": busy nodes run out of CPU credits and are throttled to their baseline (or bill the surplus in unlimited mode)");
  }
}
