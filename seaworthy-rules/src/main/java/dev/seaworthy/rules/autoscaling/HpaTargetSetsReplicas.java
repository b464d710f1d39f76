package dev.seaworthy.rules.autoscaling;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.Fix;
import dev.seaworthy.core.rule.InventoryRule;
import dev.seaworthy.core.rule.PatchOp;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import java.util.List;
import java.util.OptionalLong;

@RuleInfo(
    id = "hpa-target-sets-replicas",
    title = "Workload sets spec.replicas while an autoscaler manages its replica count",
    severity = Severity.MEDIUM,
    category = Category.AUTOSCALING,
    description = """
        When a HorizontalPodAutoscaler (or a KEDA ScaledObject, which creates one) scales a Deployment \
        or StatefulSet, spec.replicas belongs to the autoscaler. A manifest that still sets it resets \
        the count on every `kubectl apply` or GitOps sync: a service scaled out to 12 pods under load \
        drops back to 3 in the middle of a deploy, until the HPA catches up minutes later. Removing the \
        field once can itself drop the count to 1 on the next client-side apply (the default); the \
        Kubernetes documentation describes how to migrate without that dip. replicas: 0 (a parked \
        workload) is not reported.""",
    remediation = "Remove spec.replicas from the manifest and let the autoscaler's minReplicas set the floor, following the Kubernetes guide for migrating workloads to horizontal autoscaling.",
    references = {
      "https://kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale/#migrating-deployments-and-statefulsets-to-horizontal-autoscaling",
      "https://kubernetes.io/docs/concepts/workloads/controllers/deployment/#replicas"
    },
    equivalents = {"kube-score:deployment-targeted-by-hpa-does-not-have-replicas-configured"},
    example = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
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
        apiVersion: autoscaling/v2
        kind: HorizontalPodAutoscaler
        metadata:
          name: web
        spec:
          scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
          minReplicas: 3
          maxReplicas: 12
        """,
    fixedExample = """
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
        ---
        apiVersion: autoscaling/v2
        kind: HorizontalPodAutoscaler
        metadata:
          name: web
        spec:
          scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
          minReplicas: 3
          maxReplicas: 12
        """)
public final class HpaTargetSetsReplicas implements InventoryRule {

  @Override
  public boolean appliesTo(Resource resource) {
    return resource.is("apps", "Deployment") || resource.is("apps", "StatefulSet");
  }

  @Override
  public List<Violation> check(Resource workload, RuleContext context) {
    Node replicas = workload.node().at("spec", "replicas");
    OptionalLong count = replicas.asLong();
    if (count.isEmpty() || count.getAsLong() == 0) {
      return List.of();
    }
    List<String> managers = Hpas.managersOf(workload, context.inventory());
    if (managers.isEmpty()) {
      return List.of();
    }
    return List.of(
        Violation.of(
                replicas,
                Names.describe(workload) + " sets spec.replicas: " + count.getAsLong() + " while " + String.join(" and ", managers)
                    + " manages its replica count: every apply resets the count to " + count.getAsLong())
            .withFix(Fix.of("Remove spec.replicas and leave the count to the autoscaler", PatchOp.remove("/spec/replicas"))));
  }
}
