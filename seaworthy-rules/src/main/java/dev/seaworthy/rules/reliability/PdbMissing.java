package dev.seaworthy.rules.reliability;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.InventoryRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.PodSpecView;
import java.util.List;
import java.util.Optional;

@RuleInfo(
    id = "pdb-missing",
    title = "Multi-replica workload has no PodDisruptionBudget",
    severity = Severity.LOW,
    category = Category.RELIABILITY,
    description = """
        Voluntary disruptions are routine on EKS: managed node group updates and AMI rotations drain \
        nodes, and the Cluster Autoscaler and Karpenter drain nodes to scale down or consolidate. \
        Without a PodDisruptionBudget nothing limits how many replicas these drains evict at once, so \
        a replicated service can still lose all its ready pods during a routine update. Checked for \
        Deployments and StatefulSets that run at least two replicas (spec.replicas, or the \
        minReplicas of the HorizontalPodAutoscaler or KEDA ScaledObject that scales them); single \
        replicas are left to single-replica, since a budget would only block their drains. A budget \
        elsewhere than in the audited input cannot be seen, so the finding says it was not found.""",
    remediation = "Add a policy/v1 PodDisruptionBudget whose selector matches the workload's pods, with maxUnavailable: 1 (or a minAvailable below the replica count).",
    references = {
      "https://kubernetes.io/docs/concepts/workloads/pods/disruptions/",
      "https://kubernetes.io/docs/tasks/run-application/configure-pdb/",
      "https://docs.aws.amazon.com/eks/latest/best-practices/application.html"
    },
    equivalents = {
      "polaris:missingPodDisruptionBudget",
      "kube-score:deployment-has-poddisruptionbudget",
      "kube-score:statefulset-has-poddisruptionbudget"
    },
    example = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          namespace: shop
        spec:
          replicas: 3
          selector:
            matchLabels: {app: web}
          template:
            metadata:
              labels: {app: web}
            spec:
              containers:
                - name: web
                  image: nginx:1.27
        """,
    fixedExample = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          namespace: shop
        spec:
          replicas: 3
          selector:
            matchLabels: {app: web}
          template:
            metadata:
              labels: {app: web}
            spec:
              containers:
                - name: web
                  image: nginx:1.27
        ---
        apiVersion: policy/v1
        kind: PodDisruptionBudget
        metadata:
          name: web
          namespace: shop
        spec:
          maxUnavailable: 1
          selector:
            matchLabels: {app: web}
        """)
public final class PdbMissing implements InventoryRule {

  @Override
  public boolean appliesTo(Resource resource) {
    return (resource.is("apps", "Deployment") || resource.is("apps", "StatefulSet")) && !Workloads.hasOwner(resource);
  }

  @Override
  public List<Violation> check(Resource resource, RuleContext context) {
    Optional<Replicas> count = Replicas.of(resource, context.inventory());
    Optional<PodSpecView> pod = PodSpecView.of(resource);
    if (count.isEmpty() || count.get().min() < 2 || pod.isEmpty()) {
      return List.of();
    }
    if (!Pdbs.selecting(pod.get(), context.inventory()).isEmpty()) {
      return List.of();
    }
    Node replicas = resource.node().at("spec", "replicas");
    Node anchor = !count.get().autoscaled() && replicas.isPresent() ? replicas : Workloads.specOrObject(resource);
    return Violation.one(
        anchor,
        Workloads.describe(resource) + " runs " + count.get().describeRunning()
            + " but no PodDisruptionBudget selecting its pods was found in the audited input: nothing limits how many of them"
            + " node drains (managed node group updates, Cluster Autoscaler or Karpenter scale-down) evict at once");
  }
}
