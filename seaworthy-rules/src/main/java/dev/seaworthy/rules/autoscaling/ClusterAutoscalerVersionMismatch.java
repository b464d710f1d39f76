package dev.seaworthy.rules.autoscaling;

import dev.seaworthy.core.data.KubernetesVersion;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.core.rule.PodSpecRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.ContainerView;
import dev.seaworthy.core.view.ImageReference;
import dev.seaworthy.core.view.PodSpecView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@RuleInfo(
    id = "cluster-autoscaler-version-mismatch",
    title = "Cluster Autoscaler minor version differs from the target Kubernetes version",
    severity = Severity.MEDIUM,
    category = Category.AUTOSCALING,
    checklist = {ChecklistItem.CLUSTER_AUTOSCALING},
    description = """
        Cluster Autoscaler embeds the kube-scheduler's code to simulate where pending pods would fit, \
        and each release is built and tested against one Kubernetes minor only. Run against another \
        minor, its simulation drifts from the real scheduler (new predicates, changed APIs): it adds \
        nodes that do not help or refuses to scale down, and after an upgrade it may not start at all. \
        The EKS Best Practices Guide requires the CA minor to match the cluster's. The check compares \
        the image tag with the audit's target Kubernetes version (set it to your cluster's version); \
        images pinned only by digest are not judged. The frozen k8s.gcr.io registry is reported by \
        image-registry-frozen.""",
    remediation = "Run the Cluster Autoscaler release whose minor matches the cluster, e.g. registry.k8s.io/autoscaling/cluster-autoscaler:v1.35.x on Kubernetes 1.35, and upgrade it with every cluster upgrade.",
    references = {
      "https://docs.aws.amazon.com/eks/latest/best-practices/cas.html",
      "https://github.com/kubernetes/autoscaler/tree/master/cluster-autoscaler#releases"
    },
    equivalents = {"hardeneks:ensure_cluster_autoscaler_and_cluster_versions_match"},
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
                  image: registry.k8s.io/autoscaling/cluster-autoscaler:v1.28.0
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
        """)
public final class ClusterAutoscalerVersionMismatch implements PodSpecRule {

  @Override
  public boolean appliesTo(PodSpecView pod) {
    return !ClusterAutoscaler.containers(pod).isEmpty();
  }

  @Override
  public List<Violation> check(PodSpecView pod, RuleContext context) {
    KubernetesVersion target = context.targetVersion();
    List<Violation> out = new ArrayList<>();
    for (ContainerView c : ClusterAutoscaler.containers(pod)) {
      Optional<ImageReference> ref = c.imageReference();
      if (ref.isEmpty() || !ref.get().hasTag()) {
        continue;
      }
      Optional<KubernetesVersion> version = KubernetesVersion.parse(ref.get().tag());
      if (version.isEmpty() || version.get().equals(target)) {
        continue;
      }
      out.add(
          Violation.of(
              c.node().at("image"),
              c.describe() + " runs Cluster Autoscaler " + version.get() + " (\"" + c.image() + "\") while the audit targets Kubernetes "
                  + target + ": each Cluster Autoscaler release supports only the Kubernetes minor it was built for"));
    }
    return out;
  }
}
