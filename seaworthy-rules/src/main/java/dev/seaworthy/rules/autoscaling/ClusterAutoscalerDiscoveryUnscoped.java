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
import java.util.Optional;

@RuleInfo(
    id = "cluster-autoscaler-discovery-unscoped",
    title = "Cluster Autoscaler auto-discovery is not scoped to one cluster",
    severity = Severity.MEDIUM,
    category = Category.AUTOSCALING,
    checklist = {ChecklistItem.CLUSTER_AUTOSCALING},
    description = """
        --node-group-auto-discovery=asg:tag=... adopts every Auto Scaling group in the account and \
        region that carries all the listed tag keys. With only k8s.io/cluster-autoscaler/enabled (or \
        other tags shared across clusters), the autoscaler of one cluster also resizes and terminates \
        the node groups of every other cluster tagged the same way, for example staging scaling down \
        production. The documented form adds k8s.io/cluster-autoscaler/<cluster-name>; a \
        kubernetes.io/cluster/<name> or eks:cluster-name=<name> tag scopes it too. Only containers \
        started with --cloud-provider=aws are judged.""",
    remediation = "Add the cluster's own tag to the discovery spec: asg:tag=k8s.io/cluster-autoscaler/enabled,k8s.io/cluster-autoscaler/<cluster-name>.",
    references = {
      "https://github.com/kubernetes/autoscaler/blob/master/cluster-autoscaler/cloudprovider/aws/README.md#auto-discovery-setup",
      "https://docs.aws.amazon.com/eks/latest/best-practices/cas.html"
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
                    - --node-group-auto-discovery=asg:tag=k8s.io/cluster-autoscaler/enabled
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
public final class ClusterAutoscalerDiscoveryUnscoped implements PodSpecRule {

  @Override
  public boolean appliesTo(PodSpecView pod) {
    return !ClusterAutoscaler.containers(pod).isEmpty();
  }

  @Override
  public List<Violation> check(PodSpecView pod, RuleContext context) {
    List<Violation> out = new ArrayList<>();
    for (ContainerView c : ClusterAutoscaler.containers(pod)) {
      ClusterAutoscaler.Flags flags = ClusterAutoscaler.Flags.of(c);
      if (!flags.isAws()) {
        continue;
      }
      for (ClusterAutoscaler.Flag flag : flags.named("node-group-auto-discovery")) {
        Optional<List<ClusterAutoscaler.Tag>> tags = ClusterAutoscaler.asgTags(flag.value());
        if (tags.isEmpty() || tags.get().isEmpty() || tags.get().stream().anyMatch(t -> ClusterAutoscaler.clusterOf(t).isPresent())) {
          continue;
        }
        out.add(
            Violation.of(
                flag.item(),
                c.describe() + " discovers node groups with \"" + flag.value() + "\", which names no cluster: it adopts the Auto Scaling "
                    + "groups of every cluster in the account and region that carry these tags"));
      }
    }
    return out;
  }
}
