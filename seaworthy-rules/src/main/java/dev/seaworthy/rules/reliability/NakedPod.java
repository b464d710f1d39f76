package dev.seaworthy.rules.reliability;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ResourceRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import java.util.List;

@RuleInfo(
    id = "naked-pod",
    title = "Pod is not managed by a controller",
    severity = Severity.MEDIUM,
    category = Category.RELIABILITY,
    description = """
        A Pod created directly, with no owner, is never recreated: when its node is drained, \
        replaced, scaled in by the Cluster Autoscaler or Karpenter, or reclaimed as a Spot instance, \
        the Pod is gone for good. Node replacement is routine on EKS (managed node group updates, AMI \
        rotation), so a bare Pod is an outage waiting for the next upgrade. Pods with restartPolicy: \
        Never, which the Kubernetes docs accept as one-off runs, are not reported.""",
    remediation = "Wrap the Pod in a Deployment (or a StatefulSet, DaemonSet or Job, depending on what it does).",
    references = {
      "https://kubernetes.io/docs/concepts/configuration/overview/#naked-pods-vs-replicasets-deployments-and-jobs",
      "https://docs.aws.amazon.com/eks/latest/best-practices/application.html"
    },
    equivalents = {"kubescape:C-0073", "hardeneks:avoid_running_singleton_pods"},
    example = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
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
        spec:
          replicas: 2
          selector:
            matchLabels: {app: web}
          template:
            metadata:
              labels: {app: web}
            spec:
              containers:
                - name: web
                  image: nginx:1.27
        """)
public final class NakedPod implements ResourceRule {

  @Override
  public boolean appliesTo(Resource resource) {
    return resource.is("", "Pod");
  }

  @Override
  public List<Violation> check(Resource resource, RuleContext context) {
    if (Workloads.hasOwner(resource) || resource.node().at("spec", "restartPolicy").textOr("").equals("Never")) {
      return List.of();
    }
    Node kind = resource.node().at("kind");
    return Violation.one(
        kind.position().isKnown() ? kind : resource.node(),
        Workloads.describe(resource) + " has no owner (no Deployment, StatefulSet, DaemonSet or Job): nothing recreates it when its node goes away");
  }
}
