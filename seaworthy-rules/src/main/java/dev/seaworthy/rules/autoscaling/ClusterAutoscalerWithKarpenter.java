package dev.seaworthy.rules.autoscaling;

import dev.seaworthy.core.model.Node;
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
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

@RuleInfo(
    id = "cluster-autoscaler-with-karpenter",
    title = "Cluster Autoscaler and Karpenter both provision nodes for the same pods",
    severity = Severity.MEDIUM,
    category = Category.AUTOSCALING,
    checklist = {ChecklistItem.CLUSTER_AUTOSCALING},
    description = """
        Cluster Autoscaler and Karpenter both react to the same unschedulable pods: each launches \
        capacity for them (an ASG scale-up and a Karpenter NodeClaim), so the cluster over-provisions, \
        then each removes nodes on its own terms, fighting the other's consolidation. The Cluster \
        Autoscaler FAQ says not to run other node autoscalers beside it, and Karpenter's migration \
        guide scales Cluster Autoscaler to zero once Karpenter runs. The input shows them disjoint \
        only if Cluster Autoscaler is scaled to zero or every Karpenter pool taints its nodes \
        (NoSchedule or NoExecute), so that only pods that opt in can land there; otherwise this is \
        reported on the Cluster Autoscaler.""",
    remediation = "Pick one node autoscaler for a given set of pods: scale Cluster Autoscaler to zero after moving to Karpenter, or taint the Karpenter NodePools so only tolerating workloads use them.",
    references = {
      "https://github.com/kubernetes/autoscaler/blob/master/cluster-autoscaler/FAQ.md#what-are-the-key-best-practices-for-running-cluster-autoscaler",
      "https://karpenter.sh/docs/getting-started/migrating-from-cas/",
      "https://docs.aws.amazon.com/eks/latest/best-practices/karpenter.html"
    },
    example = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: cluster-autoscaler
          namespace: kube-system
        spec:
          replicas: 1
          selector:
            matchLabels: {app: cluster-autoscaler}
          template:
            metadata:
              labels: {app: cluster-autoscaler}
            spec:
              containers:
                - name: cluster-autoscaler
                  image: registry.k8s.io/autoscaling/cluster-autoscaler:v1.35.0
        ---
        apiVersion: karpenter.sh/v1
        kind: NodePool
        metadata:
          name: default
        spec:
          template:
            spec:
              nodeClassRef: {group: karpenter.k8s.aws, kind: EC2NodeClass, name: default}
              requirements: []
        """,
    fixedExample = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: cluster-autoscaler
          namespace: kube-system
        spec:
          replicas: 0
          selector:
            matchLabels: {app: cluster-autoscaler}
          template:
            metadata:
              labels: {app: cluster-autoscaler}
            spec:
              containers:
                - name: cluster-autoscaler
                  image: registry.k8s.io/autoscaling/cluster-autoscaler:v1.35.0
        ---
        apiVersion: karpenter.sh/v1
        kind: NodePool
        metadata:
          name: default
        spec:
          template:
            spec:
              nodeClassRef: {group: karpenter.k8s.aws, kind: EC2NodeClass, name: default}
              requirements: []
        """)
public final class ClusterAutoscalerWithKarpenter implements PodSpecRule {

  private static final Set<String> REPELLING = Set.of("NoSchedule", "NoExecute");

  @Override
  public boolean appliesTo(PodSpecView pod) {
    return !ClusterAutoscaler.containers(pod).isEmpty();
  }

  @Override
  public List<Violation> check(PodSpecView pod, RuleContext context) {
    if (pod.resource().node().at("spec", "replicas").asLong().orElse(1) == 0) {
      return List.of();
    }
    List<Resource> pools =
        context.inventory().all().stream().filter(r -> Karpenter.isNodePool(r) || Karpenter.isProvisioner(r)).toList();
    if (pools.isEmpty() || pools.stream().allMatch(ClusterAutoscalerWithKarpenter::taintsItsNodes)) {
      return List.of();
    }
    ContainerView ca = ClusterAutoscaler.containers(pod).get(0);
    String names = pools.stream().filter(p -> !taintsItsNodes(p)).map(Names::describe).collect(Collectors.joining(", "));
    return Violation.one(
        ca.node(),
        "Cluster Autoscaler (" + Names.describe(pod.resource()) + ") runs beside Karpenter " + names
            + ", whose nodes carry no NoSchedule or NoExecute taint: both scale up for the same pending pods and undo each other's "
            + "scale-down");
  }

  private static boolean taintsItsNodes(Resource pool) {
    for (Node taint : Karpenter.taints(pool)) {
      if (REPELLING.contains(taint.at("effect").textOr(""))) {
        return true;
      }
    }
    return false;
  }
}
