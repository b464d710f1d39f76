package dev.seaworthy.rules.autoscaling;

import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.core.rule.Fix;
import dev.seaworthy.core.rule.PatchOp;
import dev.seaworthy.core.rule.PodSpecRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.PodSpecView;
import java.util.List;

@RuleInfo(
    id = "cluster-autoscaler-priority-class-missing",
    title = "Cluster Autoscaler runs without a system-critical priority class",
    severity = Severity.MEDIUM,
    category = Category.AUTOSCALING,
    checklist = {ChecklistItem.CLUSTER_AUTOSCALING},
    description = """
        Cluster Autoscaler is what makes room for pending pods. Without priorityClassName it runs at \
        priority 0 (or the cluster's global default), the same as ordinary workloads: when the cluster \
        is full, higher-priority pods preempt it, node-pressure eviction picks it like any other pod, \
        and it waits in the pending queue it is supposed to drain, so nothing scales up until an \
        operator steps in. The upstream manifests and the Helm chart run it as \
        system-cluster-critical.""",
    remediation = "Set priorityClassName: system-cluster-critical in the Cluster Autoscaler pod template.",
    references = {
      "https://kubernetes.io/docs/tasks/administer-cluster/guaranteed-scheduling-critical-addon-pods/",
      "https://github.com/kubernetes/autoscaler/blob/master/cluster-autoscaler/cloudprovider/aws/examples/cluster-autoscaler-autodiscover.yaml"
    },
    equivalents = {"polaris:priorityClassNotSet", "kube-linter:priority-class-name"},
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
              serviceAccountName: cluster-autoscaler
              containers:
                - name: cluster-autoscaler
                  image: registry.k8s.io/autoscaling/cluster-autoscaler:v1.35.0
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
              serviceAccountName: cluster-autoscaler
              priorityClassName: system-cluster-critical
              containers:
                - name: cluster-autoscaler
                  image: registry.k8s.io/autoscaling/cluster-autoscaler:v1.35.0
        """)
public final class ClusterAutoscalerPriorityClassMissing implements PodSpecRule {

  @Override
  public boolean appliesTo(PodSpecView pod) {
    return !ClusterAutoscaler.containers(pod).isEmpty();
  }

  @Override
  public List<Violation> check(PodSpecView pod, RuleContext context) {
    Node priorityClass = pod.spec().at("priorityClassName");
    if (priorityClass.text().filter(s -> !s.isBlank()).isPresent()) {
      return List.of();
    }
    Violation v =
        Violation.of(
            Names.orElse(priorityClass, pod.anchor()),
            "Cluster Autoscaler pod of " + Names.describe(pod.resource()) + " sets no priorityClassName: it runs at the priority of the "
                + "workloads it makes room for, so it can be preempted or evicted while pods are pending");
    // The system-* classes are meant for kube-system; elsewhere a quota may forbid them, so no blind fix.
    if (Inventory.namespaceOf(pod.resource()).equals("kube-system")) {
      String path = pod.specPointer() + "/priorityClassName";
      v = v.withFix(Fix.of("Set priorityClassName: system-cluster-critical",
          priorityClass.isMissing() ? PatchOp.add(path, "system-cluster-critical") : PatchOp.replace(path, "system-cluster-critical")));
    }
    return List.of(v);
  }
}
