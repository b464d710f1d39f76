package dev.seaworthy.rules.cluster;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Origin;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.eks.EksNodeGroupView;
import java.util.ArrayList;
import java.util.List;

@RuleInfo(
    id = "eks-nodegroup-self-managed",
    title = "Node group is self-managed instead of an EKS managed node group",
    severity = Severity.LOW,
    category = Category.CLUSTER,
    checklist = {ChecklistItem.MANAGED_NODE_GROUPS},
    description = """
        A self-managed node group (eksctl nodeGroups, the EKS module's self_managed_node_groups, or \
        an aws_autoscaling_group that joins the cluster) leaves to you what EKS does for a managed \
        node group: rolling AMI and Kubernetes version updates that cordon and drain nodes while \
        respecting PodDisruptionBudgets, Spot capacity rebalancing and interruption draining (which \
        otherwise needs aws-node-termination-handler), and the node labels and ASG tags the Cluster \
        Autoscaler relies on. The guide's checklist asks for managed node groups.""",
    remediation = "Move the group to an EKS managed node group (eksctl managedNodeGroups, module eks_managed_node_groups, aws_eks_node_group), or run aws-node-termination-handler and a node update process for it.",
    references = {
      "https://docs.aws.amazon.com/eks/latest/userguide/managed-node-groups.html",
      "https://docs.aws.amazon.com/eks/latest/best-practices/cas.html",
      "https://github.com/aws/aws-node-termination-handler"
    },
    equivalents = {"hardeneks:use_managed_nodegroups"},
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
            maxSize: 6
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
            minSize: 2
            maxSize: 6
        """)
public final class EksNodegroupSelfManaged extends NodeGroupRule {

  @Override
  public boolean appliesTo(Resource resource) {
    return super.appliesTo(resource) || isClusterAsg(resource);
  }

  @Override
  public List<Violation> check(Resource resource, RuleContext context) {
    if (isClusterAsg(resource)) {
      return Violation.one(resource.node(), describe(resource)
          + " joins an EKS cluster (its tags name one) as a self-managed Auto Scaling group: AMI updates, draining and Spot interruption handling are yours to run");
    }
    return super.check(resource, context);
  }

  @Override
  List<Violation> check(EksNodeGroupView group, RuleContext context) {
    if (group.managed()) {
      return List.of();
    }
    return Violation.one(group.node(), group.describe()
        + " is self-managed: AMI updates, draining on update and Spot interruption handling (aws-node-termination-handler) are yours to run, where a managed node group does them");
  }

  /** An aws_autoscaling_group tagged as an EKS cluster's nodes or as Cluster Autoscaler's. */
  static boolean isClusterAsg(Resource r) {
    if (r.origin() != Origin.TERRAFORM || !r.kind().equals("aws_autoscaling_group")) {
      return false;
    }
    List<String> keys = new ArrayList<>();
    for (Node tag : r.node().at("tag").items()) {
      tag.at("key").text().ifPresent(keys::add);
    }
    keys.addAll(r.node().at("tags").entries().keySet());
    for (Node tag : r.node().at("tags").items()) {
      tag.at("key").text().ifPresent(keys::add);
    }
    return keys.stream().anyMatch(k -> k.startsWith("kubernetes.io/cluster/") || k.startsWith("k8s.io/cluster-autoscaler/"));
  }

  /** {@code aws_autoscaling_group "workers"}; a plan address as it is. */
  private static String describe(Resource r) {
    String address = r.name();
    int dot = address.lastIndexOf('.');
    return dot < 0 || address.startsWith("module.") ? address : address.substring(0, dot) + " \"" + address.substring(dot + 1) + "\"";
  }
}
