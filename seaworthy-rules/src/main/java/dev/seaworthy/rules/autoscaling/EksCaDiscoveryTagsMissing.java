package dev.seaworthy.rules.autoscaling;

import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Origin;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.core.rule.InventoryRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.ContainerView;
import dev.seaworthy.core.view.PodSpecView;
import dev.seaworthy.core.view.eks.EksInputs;
import dev.seaworthy.core.view.eks.EksModule;
import dev.seaworthy.core.view.eks.EksNodeGroupView;
import dev.seaworthy.core.view.eks.Values;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@RuleInfo(
    id = "eks-ca-discovery-tags-missing",
    title = "Self-managed node group lacks the tags the Cluster Autoscaler discovers node groups by",
    severity = Severity.LOW,
    category = Category.AUTOSCALING,
    checklist = {ChecklistItem.CLUSTER_AUTOSCALING},
    description = """
        With --node-group-auto-discovery=asg:tag=k8s.io/cluster-autoscaler/enabled,\
        k8s.io/cluster-autoscaler/<cluster>, the Cluster Autoscaler manages only the Auto Scaling \
        groups that carry every listed tag. A self-managed node group (eksctl nodeGroups, the EKS \
        module's self_managed_node_groups, a tagged aws_autoscaling_group) whose ASG lacks them is \
        never scaled: pods wait for capacity that never comes, and the group never shrinks. EKS tags \
        managed node groups' ASGs itself, so they are not judged; eksctl adds the tags with \
        iam.withAddonPolicies.autoScaler (or --asg-access on the command line, which the input \
        cannot show). Discovery specs of a Cluster Autoscaler for another cluster are ignored, and \
        tags the input does not resolve keep the rule quiet.""",
    remediation = "Add the discovery tags to the group's ASG tags (eksctl: tags, or iam.withAddonPolicies.autoScaler: true; Terraform: autoscaling_group_tags or tag blocks).",
    references = {
      "https://github.com/kubernetes/autoscaler/blob/master/cluster-autoscaler/cloudprovider/aws/README.md#auto-discovery-setup",
      "https://docs.aws.amazon.com/eks/latest/eksctl/autoscaling.html",
      "https://docs.aws.amazon.com/eks/latest/best-practices/cas.html"
    },
    example = """
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: us-east-1
        nodeGroups:
          - name: workers
            instanceType: m5.large
            minSize: 2
            maxSize: 10
        ---
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
              serviceAccountName: cluster-autoscaler
              containers:
                - name: cluster-autoscaler
                  image: registry.k8s.io/autoscaling/cluster-autoscaler:v1.31.1
                  command:
                    - ./cluster-autoscaler
                    - --cloud-provider=aws
                    - --node-group-auto-discovery=asg:tag=k8s.io/cluster-autoscaler/enabled,k8s.io/cluster-autoscaler/prod
        """,
    fixedExample = """
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: us-east-1
        nodeGroups:
          - name: workers
            instanceType: m5.large
            minSize: 2
            maxSize: 10
            tags:
              k8s.io/cluster-autoscaler/enabled: "true"
              k8s.io/cluster-autoscaler/prod: owned
        ---
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
              serviceAccountName: cluster-autoscaler
              containers:
                - name: cluster-autoscaler
                  image: registry.k8s.io/autoscaling/cluster-autoscaler:v1.31.1
                  command:
                    - ./cluster-autoscaler
                    - --cloud-provider=aws
                    - --node-group-auto-discovery=asg:tag=k8s.io/cluster-autoscaler/enabled,k8s.io/cluster-autoscaler/prod
        """)
public final class EksCaDiscoveryTagsMissing implements InventoryRule {

  /** One auto-discovery spec and the Deployment that uses it. */
  private record Spec(List<ClusterAutoscaler.Tag> tags, String text, String owner) {}

  @Override
  public boolean appliesTo(Resource r) {
    if (r.kind().equals("ClusterConfig") && r.apiVersion().startsWith("eksctl.io/")) {
      return !r.node().at("nodeGroups").items().isEmpty();
    }
    if (r.origin() != Origin.TERRAFORM) {
      return false;
    }
    return r.kind().equals("aws_autoscaling_group") || (r.kind().equals("module") && EksModule.of(r).isPresent());
  }

  @Override
  public List<Violation> check(Resource resource, RuleContext context) {
    List<Spec> specs = specs(context.inventory());
    if (specs.isEmpty()) {
      return List.of();
    }
    List<Violation> out = new ArrayList<>();
    if (resource.kind().equals("aws_autoscaling_group")) {
      Optional<Map<String, String>> tags = asgTags(resource.node());
      String cluster = tags.flatMap(EksCaDiscoveryTagsMissing::clusterOfTags).orElse("");
      if (tags.isPresent() && tags.get().keySet().stream().anyMatch(k -> k.startsWith("kubernetes.io/cluster/"))) {
        judge(describe(resource), cluster, tags.get(), resource.node(), specs).ifPresent(out::add);
      }
      return out;
    }
    for (EksNodeGroupView g : EksInputs.nodeGroupsOf(resource, context.inventory())) {
      if (g.managed()) {
        continue; // EKS tags managed node groups' ASGs for discovery itself
      }
      Optional<Map<String, String>> tags = tags(g);
      if (tags.isPresent()) {
        Node at = g.node().at("tags").isPresent() ? g.node().at("tags") : g.node();
        judge(g.describe(), g.clusterName(), tags.get(), at, specs).ifPresent(out::add);
      }
    }
    return out;
  }

  private static Optional<Violation> judge(String group, String cluster, Map<String, String> tags, Node at, List<Spec> specs) {
    Spec missed = null;
    for (Spec spec : specs) {
      Optional<String> specCluster = spec.tags().stream().map(ClusterAutoscaler::clusterOf).flatMap(Optional::stream).findFirst();
      if (specCluster.isPresent() && !cluster.isEmpty() && !specCluster.get().equals(cluster)) {
        continue; // an autoscaler of another cluster
      }
      boolean all = spec.tags().stream().allMatch(t -> tags.containsKey(t.key()) && (t.value().isEmpty() || t.value().equals(tags.get(t.key()))));
      if (all) {
        return Optional.empty();
      }
      if (missed == null) {
        missed = spec;
      }
    }
    if (missed == null) {
      return Optional.empty();
    }
    List<String> lacking = missed.tags().stream()
        .filter(t -> !tags.containsKey(t.key()) || (!t.value().isEmpty() && !t.value().equals(tags.get(t.key()))))
        .map(t -> t.value().isEmpty() ? t.key() : t.key() + "=" + t.value()).toList();
    return Optional.of(Violation.of(at, group + " lacks the tag" + (lacking.size() == 1 ? " " : "s ") + String.join(", ", lacking)
        + " that " + missed.owner() + " discovers node groups by (" + missed.text() + "): the Cluster Autoscaler never scales it"));
  }

  /** The asg:tag discovery specs of every Cluster Autoscaler of the input (unresolved ones skipped). */
  private static List<Spec> specs(Inventory inventory) {
    List<Spec> out = new ArrayList<>();
    for (PodSpecView pod : ClusterAutoscaler.deployments(inventory)) {
      for (ContainerView c : ClusterAutoscaler.containers(pod)) {
        for (ClusterAutoscaler.Flag flag : ClusterAutoscaler.Flags.of(c).named("node-group-auto-discovery")) {
          if (ClusterAutoscaler.isUnresolved(flag.value())) {
            continue;
          }
          ClusterAutoscaler.asgTags(flag.value()).filter(t -> !t.isEmpty())
              .ifPresent(t -> out.add(new Spec(t, "--node-group-auto-discovery=" + flag.value(), pod.resource().kind() + " \"" + pod.resource().name() + "\"")));
        }
      }
    }
    return out;
  }

  /** The ASG tags of a self-managed group, when every source of them is known. */
  private static Optional<Map<String, String>> tags(EksNodeGroupView g) {
    Map<String, String> out = new LinkedHashMap<>();
    if (g.source() == EksNodeGroupView.Source.EKSCTL) {
      if (!addAll(out, g.node().at("tags"))) {
        return Optional.empty();
      }
      if (g.node().at("iam", "withAddonPolicies", "autoScaler").asBoolean().orElse(false)) {
        out.put("k8s.io/cluster-autoscaler/enabled", "true");
        out.put("k8s.io/cluster-autoscaler/" + g.clusterName(), "owned");
      }
      return Optional.of(out);
    }
    if (g.module().isEmpty()) {
      return Optional.empty();
    }
    Node module = g.module().get().node();
    Node defaults = g.module().get().input("self_managed_node_group_defaults");
    for (Node source : List.of(module.at("tags"), defaults.at("tags"), defaults.at("autoscaling_group_tags"), g.node().at("tags"), g.node().at("autoscaling_group_tags"))) {
      if (!addAll(out, source)) {
        return Optional.empty();
      }
    }
    // the self-managed-node-group sub-module tags its ASG as the cluster's
    if (!g.clusterName().isEmpty()) {
      out.put("kubernetes.io/cluster/" + g.clusterName(), "owned");
    }
    return Optional.of(out);
  }

  /** Adds a tag map; false when it is not known (an unresolved expression). */
  private static boolean addAll(Map<String, String> out, Node tags) {
    if (!tags.isPresent()) {
      return true;
    }
    if (Values.isExpression(tags) || !tags.isMap()) {
      return false;
    }
    for (Map.Entry<String, Node> e : tags.entries().entrySet()) {
      if (Values.isExpression(e.getValue())) {
        return false;
      }
      out.put(e.getKey(), e.getValue().asBoolean().map(String::valueOf).orElse(e.getValue().textOr("")));
    }
    return true;
  }

  /** The tags of an aws_autoscaling_group: tag blocks, or a tags list or map. */
  private static Optional<Map<String, String>> asgTags(Node asg) {
    if (Values.hasDynamic(asg, "tag")) {
      return Optional.empty();
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (Node tag : asg.at("tag").items()) {
      if (Values.isExpression(tag.at("key")) || Values.isExpression(tag.at("value"))) {
        return Optional.empty();
      }
      tag.at("key").text().ifPresent(k -> out.put(k, tag.at("value").asBoolean().map(String::valueOf).orElse(tag.at("value").textOr(""))));
    }
    Node tags = asg.at("tags");
    if (tags.isList()) {
      for (Node tag : tags.items()) {
        tag.at("key").text().ifPresent(k -> out.put(k, tag.at("value").textOr("")));
      }
    } else if (!addAll(out, tags)) {
      return Optional.empty();
    }
    return Optional.of(out);
  }

  private static Optional<String> clusterOfTags(Map<String, String> tags) {
    return tags.keySet().stream().filter(k -> k.startsWith("kubernetes.io/cluster/")).map(k -> k.substring("kubernetes.io/cluster/".length())).findFirst();
  }

  private static String describe(Resource r) {
    String address = r.name();
    int dot = address.lastIndexOf('.');
    return dot < 0 || address.startsWith("module.") ? address : address.substring(0, dot) + " \"" + address.substring(dot + 1) + "\"";
  }
}
