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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

@RuleInfo(
    id = "local-storage-blocks-scale-down",
    title = "Pods with local storage block Cluster Autoscaler scale-down",
    severity = Severity.LOW,
    category = Category.AUTOSCALING,
    checklist = {ChecklistItem.CLUSTER_AUTOSCALING},
    description = """
        Cluster Autoscaler never removes a node running a pod with local storage (an emptyDir not \
        backed by memory, or a hostPath volume) unless the pod is annotated \
        cluster-autoscaler.kubernetes.io/safe-to-evict: "true" (or lists those volumes in \
        safe-to-evict-local-volumes), or the autoscaler runs with \
        --skip-nodes-with-local-storage=false. One such replica pins an otherwise idle node, and the \
        cluster keeps paying for it. Judged only when a Cluster Autoscaler is in the audited input, \
        from its own flag; DaemonSets, bare Pods and Jobs are not reported (they never move or block \
        for other reasons), and an explicit safe-to-evict: "false" is respected.""",
    remediation = "Annotate the pod template with cluster-autoscaler.kubernetes.io/safe-to-evict-local-volumes listing the scratch volumes (or safe-to-evict: \"true\"), or run Cluster Autoscaler with --skip-nodes-with-local-storage=false.",
    references = {
      "https://github.com/kubernetes/autoscaler/blob/master/cluster-autoscaler/FAQ.md#what-types-of-pods-can-prevent-ca-from-removing-a-node",
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
                  command: [./cluster-autoscaler, --cloud-provider=aws]
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          selector:
            matchLabels: {app: web}
          template:
            metadata:
              labels: {app: web}
            spec:
              containers:
                - name: web
                  image: nginx:1.27
              volumes:
                - name: cache
                  emptyDir: {}
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
                  command: [./cluster-autoscaler, --cloud-provider=aws]
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          selector:
            matchLabels: {app: web}
          template:
            metadata:
              labels: {app: web}
              annotations:
                cluster-autoscaler.kubernetes.io/safe-to-evict-local-volumes: cache
            spec:
              containers:
                - name: web
                  image: nginx:1.27
              volumes:
                - name: cache
                  emptyDir: {}
        """)
public final class LocalStorageBlocksScaleDown implements PodSpecRule {

  static final String SAFE_TO_EVICT = "cluster-autoscaler.kubernetes.io/safe-to-evict";
  static final String SAFE_LOCAL_VOLUMES = "cluster-autoscaler.kubernetes.io/safe-to-evict-local-volumes";
  private static final Set<String> REPLICATED_KINDS = Set.of("Deployment", "StatefulSet", "ReplicaSet", "ReplicationController");

  @Override
  public boolean appliesTo(PodSpecView pod) {
    Resource r = pod.resource();
    return PodSpecView.isBuiltInController(r) && REPLICATED_KINDS.contains(r.kind());
  }

  @Override
  public List<Violation> check(PodSpecView pod, RuleContext context) {
    Node annotations = pod.templateMetadata().at("annotations");
    if (annotations.at(SAFE_TO_EVICT).text().isPresent()) {
      return List.of(); // "true" lets it go; "false" is a deliberate pin
    }
    Set<String> declaredSafe =
        Arrays.stream(annotations.at(SAFE_LOCAL_VOLUMES).textOr("").split(",")).map(String::strip).collect(Collectors.toSet());
    List<Node> local = new ArrayList<>();
    for (Node volume : pod.spec().at("volumes").items()) {
      if (isLocal(volume) && !declaredSafe.contains(volume.at("name").textOr(""))) {
        local.add(volume);
      }
    }
    if (local.isEmpty() || !blockedByClusterAutoscaler(context)) {
      return List.of();
    }
    String names = local.stream().map(v -> "\"" + v.at("name").textOr("<unnamed>") + "\"").collect(Collectors.joining(", "));
    return Violation.one(
        local.get(0),
        Names.describe(pod.resource()) + " mounts local storage (" + names + ") without the " + SAFE_TO_EVICT
            + " annotation: Cluster Autoscaler, which skips nodes with local storage, will never remove a node running its pods");
  }

  /** emptyDir on disk or hostPath, as Cluster Autoscaler's drain logic counts local storage. */
  private static boolean isLocal(Node volume) {
    if (volume.at("hostPath").isMap()) {
      return true;
    }
    Node emptyDir = volume.at("emptyDir");
    return (emptyDir.isMap() || emptyDir.isNull() && volume.entries().containsKey("emptyDir"))
        && !emptyDir.at("medium").textOr("").equals("Memory");
  }

  /** Every Cluster Autoscaler in the input keeps the default --skip-nodes-with-local-storage=true. */
  private static boolean blockedByClusterAutoscaler(RuleContext context) {
    List<PodSpecView> autoscalers = ClusterAutoscaler.deployments(context.inventory());
    if (autoscalers.isEmpty()) {
      return false;
    }
    for (PodSpecView ca : autoscalers) {
      for (ContainerView c : ClusterAutoscaler.containers(ca)) {
        if (!ClusterAutoscaler.Flags.of(c).bool("skip-nodes-with-local-storage", true)) {
          return false;
        }
      }
    }
    return true;
  }
}
