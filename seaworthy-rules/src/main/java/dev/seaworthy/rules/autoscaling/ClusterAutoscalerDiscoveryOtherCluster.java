package dev.seaworthy.rules.autoscaling;

import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.model.Resource;
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
    id = "cluster-autoscaler-discovery-other-cluster",
    title = "Cluster Autoscaler auto-discovery names another cluster",
    severity = Severity.HIGH,
    category = Category.AUTOSCALING,
    checklist = {ChecklistItem.CLUSTER_AUTOSCALING},
    description = """
        The cluster tag in --node-group-auto-discovery (k8s.io/cluster-autoscaler/<cluster-name>) \
        selects the Auto Scaling groups this autoscaler resizes. When it names a different cluster \
        than the one audited, usually a manifest copied from another environment, the autoscaler \
        never scales its own cluster's node groups and, if its IAM role allows it, resizes and \
        terminates the other cluster's nodes. The audited cluster's name comes from the audit's \
        clusterName setting or, failing that, from the one eksctl ClusterConfig in the input; \
        without either nothing is judged. Only containers started with --cloud-provider=aws are \
        judged.""",
    remediation = "Put this cluster's name in the discovery tag, k8s.io/cluster-autoscaler/<this-cluster>, and scope the autoscaler's IAM policy to ASGs carrying it.",
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
                    - --node-group-auto-discovery=asg:tag=k8s.io/cluster-autoscaler/enabled,k8s.io/cluster-autoscaler/other-cluster
        ---
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: production-cluster
          region: us-east-1
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
                    - --node-group-auto-discovery=asg:tag=k8s.io/cluster-autoscaler/enabled,k8s.io/cluster-autoscaler/production-cluster
        ---
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: production-cluster
          region: us-east-1
        """)
public final class ClusterAutoscalerDiscoveryOtherCluster implements PodSpecRule {

  @Override
  public boolean appliesTo(PodSpecView pod) {
    return !ClusterAutoscaler.containers(pod).isEmpty();
  }

  @Override
  public List<Violation> check(PodSpecView pod, RuleContext context) {
    Optional<String> configured = context.clusterName().filter(n -> !n.isBlank());
    Optional<String> cluster = configured.or(() -> eksctlClusterName(context.inventory()));
    if (cluster.isEmpty()) {
      return List.of();
    }
    String audited =
        configured.isPresent()
            ? "the audited cluster \"" + cluster.get() + "\""
            : "the cluster \"" + cluster.get() + "\" of the eksctl ClusterConfig in the input";
    List<Violation> out = new ArrayList<>();
    for (ContainerView c : ClusterAutoscaler.containers(pod)) {
      ClusterAutoscaler.Flags flags = ClusterAutoscaler.Flags.of(c);
      if (!flags.isAws()) {
        continue;
      }
      for (ClusterAutoscaler.Flag flag : flags.named("node-group-auto-discovery")) {
        List<String> named =
            ClusterAutoscaler.asgTags(flag.value()).orElse(List.of()).stream()
                .map(ClusterAutoscaler::clusterOf)
                .flatMap(Optional::stream)
                .toList();
        if (named.isEmpty() || named.contains(cluster.get()) || named.stream().anyMatch(ClusterAutoscaler::isUnresolved)) {
          continue;
        }
        out.add(
            Violation.of(
                flag.item(),
                c.describe() + " discovers the node groups of cluster \"" + String.join("\", \"", named) + "\", not of " + audited
                    + ": it never scales this cluster and may resize the other one"));
      }
    }
    return out;
  }

  /** The name of the only eksctl ClusterConfig in the input, if there is exactly one. */
  static Optional<String> eksctlClusterName(Inventory inventory) {
    List<String> names =
        inventory.ofKind("ClusterConfig").stream()
            .filter(r -> r.group().equals("eksctl.io"))
            .map(Resource::name)
            .filter(n -> !n.isBlank())
            .distinct()
            .toList();
    return names.size() == 1 ? Optional.of(names.get(0)) : Optional.empty();
  }
}
