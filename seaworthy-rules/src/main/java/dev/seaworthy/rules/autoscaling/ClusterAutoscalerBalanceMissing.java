package dev.seaworthy.rules.autoscaling;

import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.core.rule.PodSpecRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.ContainerView;
import dev.seaworthy.core.view.PodSpecView;
import java.util.ArrayList;
import java.util.List;

@RuleInfo(
    id = "cluster-autoscaler-balance-similar-missing",
    title = "Cluster Autoscaler does not balance similar node groups",
    severity = Severity.LOW,
    category = Category.AUTOSCALING,
    checklist = {ChecklistItem.CLUSTER_AUTOSCALING},
    description = """
        EKS node groups are often built one per Availability Zone (zonal EBS volumes, zonal \
        co-scheduling). Without --balance-similar-node-groups, Cluster Autoscaler puts each scale-up \
        into a single group, so a burst of new nodes lands in one zone and the zones drift apart: a \
        zone outage then takes more than its share, and zone topology spread constraints leave pods \
        pending. The flag is off by default. A flag set explicitly to false is taken as a deliberate choice and not reported.""",
    remediation = "Add --balance-similar-node-groups to the Cluster Autoscaler flags and keep the zonal node groups identical apart from their zone.",
    references = {
      "https://docs.aws.amazon.com/eks/latest/best-practices/cas.html",
      "https://github.com/kubernetes/autoscaler/blob/master/cluster-autoscaler/FAQ.md#im-running-cluster-with-nodes-in-multiple-zones-for-ha-purposes-is-that-supported-by-cluster-autoscaler"
    },
    example = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: cluster-autoscaler
          namespace: kube-system
        spec:
          selector:
            matchLabels: {app: cluster-autoscaler}
          template:
            metadata:
              labels: {app: cluster-autoscaler}
            spec:
              containers:
                - name: cluster-autoscaler
                  image: registry.k8s.io/autoscaling/cluster-autoscaler:v1.35.0
                  command:
                    - ./cluster-autoscaler
                    - --cloud-provider=aws
        """,
    fixedExample = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: cluster-autoscaler
          namespace: kube-system
        spec:
          selector:
            matchLabels: {app: cluster-autoscaler}
          template:
            metadata:
              labels: {app: cluster-autoscaler}
            spec:
              containers:
                - name: cluster-autoscaler
                  image: registry.k8s.io/autoscaling/cluster-autoscaler:v1.35.0
                  command:
                    - ./cluster-autoscaler
                    - --cloud-provider=aws
                    - --balance-similar-node-groups
        """)
public final class ClusterAutoscalerBalanceMissing implements PodSpecRule {

  private static final String FLAG = "balance-similar-node-groups";

  @Override
  public boolean appliesTo(PodSpecView pod) {
    return !ClusterAutoscaler.containers(pod).isEmpty();
  }

  @Override
  public List<Violation> check(PodSpecView pod, RuleContext context) {
    List<Violation> out = new ArrayList<>();
    for (ContainerView c : ClusterAutoscaler.containers(pod)) {
      ClusterAutoscaler.Flags flags = ClusterAutoscaler.Flags.of(c);
      if (flags.has(FLAG)) {
        continue;
      }
      Violation v =
          Violation.of(
              flags.anchor(),
              c.describe() + " runs Cluster Autoscaler without --" + FLAG + ": each scale-up grows a single node group, so capacity can "
                  + "pile up in one Availability Zone");
      out.add(flags.append("Add --" + FLAG, "--" + FLAG).map(v::withFix).orElse(v));
    }
    return out;
  }
}
