package dev.seaworthy.rules.autoscaling;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.Fix;
import dev.seaworthy.core.rule.PatchOp;
import dev.seaworthy.core.rule.ResourceRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import java.util.List;
import java.util.OptionalLong;

@RuleInfo(
    id = "hpa-min-replicas-low",
    title = "HorizontalPodAutoscaler may scale down to a single pod",
    severity = Severity.MEDIUM,
    category = Category.AUTOSCALING,
    description = """
        minReplicas is the floor the HPA scales down to when load drops, and it defaults to 1 when \
        unset. At one replica every node drain, Spot interruption, consolidation by Cluster Autoscaler \
        or Karpenter, eviction or crash is an outage until a new pod is scheduled and ready, and a \
        PodDisruptionBudget can only block the drain instead. The single-replica rule does not report \
        HPA-managed workloads, so this is where that risk shows.""",
    remediation = "Set spec.minReplicas to 2 or more (and spread the pods over nodes and zones).",
    references = {
      "https://kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale/",
      "https://docs.aws.amazon.com/eks/latest/best-practices/application.html"
    },
    equivalents = {
      "polaris:hpaMinAvailability",
      "kube-score:horizontalpodautoscaler-replicas",
      "kube-linter:hpa-minimum-three-replicas"
    },
    example = """
        apiVersion: autoscaling/v2
        kind: HorizontalPodAutoscaler
        metadata:
          name: web
        spec:
          scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
          maxReplicas: 10
        """,
    fixedExample = """
        apiVersion: autoscaling/v2
        kind: HorizontalPodAutoscaler
        metadata:
          name: web
        spec:
          scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
          minReplicas: 2
          maxReplicas: 10
        """)
public final class HpaMinReplicasLow implements ResourceRule {

  @Override
  public boolean appliesTo(Resource resource) {
    return Hpas.isHpa(resource);
  }

  @Override
  public List<Violation> check(Resource hpa, RuleContext context) {
    OptionalLong min = Hpas.minReplicas(hpa);
    if (min.isEmpty() || min.getAsLong() >= 2) {
      return List.of();
    }
    Node written = hpa.node().at("spec", "minReplicas");
    boolean unset = !written.isPresent();
    String detail =
        min.getAsLong() == 0
            ? "minReplicas 0 (scale to zero needs the alpha HPAScaleToZero feature gate, which EKS does not enable)"
            : unset ? "no minReplicas (it defaults to 1)" : "minReplicas " + min.getAsLong();
    Violation v =
        Violation.of(
            unset ? Names.specOrObject(hpa) : written,
            Names.describe(hpa) + " has " + detail + ": when load drops it runs a single pod, and every drain, eviction or crash is an outage");
    OptionalLong max = hpa.node().at("spec", "maxReplicas").asLong();
    if (max.isPresent() && max.getAsLong() >= 2 && hpa.node().at("spec").isMap()) {
      v = v.withFix(Fix.of("Set minReplicas to 2", unset ? PatchOp.add("/spec/minReplicas", 2) : PatchOp.replace("/spec/minReplicas", 2)));
    }
    return List.of(v);
  }
}
