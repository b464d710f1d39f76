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
    id = "cluster-autoscaler-no-node-groups",
    title = "Cluster Autoscaler on AWS is given no node groups to manage",
    severity = Severity.HIGH,
    category = Category.AUTOSCALING,
    checklist = {ChecklistItem.CLUSTER_AUTOSCALING},
    description = """
        On AWS, Cluster Autoscaler only scales the Auto Scaling groups it is told about: those matched \
        by --node-group-auto-discovery (by ASG tags) or listed with --nodes=min:max:name. With neither \
        flag it runs, reports healthy, and never adds or removes a node, so pending pods stay pending \
        and the cluster silently stops autoscaling. The EKS Best Practices Guide recommends \
        auto-discovery. Only containers started with --cloud-provider=aws are judged.""",
    remediation = "Add --node-group-auto-discovery=asg:tag=k8s.io/cluster-autoscaler/enabled,k8s.io/cluster-autoscaler/<cluster-name> and tag the node groups' ASGs with both keys (managed node groups carry them already).",
    references = {
      "https://docs.aws.amazon.com/eks/latest/best-practices/cas.html",
      "https://github.com/kubernetes/autoscaler/blob/master/cluster-autoscaler/cloudprovider/aws/README.md#auto-discovery-setup"
    },
    equivalents = {"hardeneks:ensure_cluster_autoscaler_has_autodiscovery_mode"},
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
                    - --node-group-auto-discovery=asg:tag=k8s.io/cluster-autoscaler/enabled,k8s.io/cluster-autoscaler/prod
        """)
public final class ClusterAutoscalerNoNodeGroups implements PodSpecRule {

  @Override
  public boolean appliesTo(PodSpecView pod) {
    return !ClusterAutoscaler.containers(pod).isEmpty();
  }

  @Override
  public List<Violation> check(PodSpecView pod, RuleContext context) {
    List<Violation> out = new ArrayList<>();
    for (ContainerView c : ClusterAutoscaler.containers(pod)) {
      ClusterAutoscaler.Flags flags = ClusterAutoscaler.Flags.of(c);
      if (!flags.isAws() || flags.has("node-group-auto-discovery") || flags.has("nodes")) {
        continue;
      }
      out.add(
          Violation.of(
              flags.anchor(),
              c.describe() + " runs Cluster Autoscaler on AWS with neither --node-group-auto-discovery nor --nodes: it manages no "
                  + "Auto Scaling group and never adds or removes a node"));
    }
    return out;
  }
}
