package dev.seaworthy.rules.autoscaling;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ResourceRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import java.util.List;
import java.util.OptionalLong;

@RuleInfo(
    id = "hpa-min-equals-max",
    title = "HorizontalPodAutoscaler cannot scale: minReplicas equals maxReplicas",
    severity = Severity.LOW,
    category = Category.AUTOSCALING,
    description = """
        With minReplicas equal to maxReplicas the HPA pins the replica count: it never adds pods under \
        load and never removes them when idle, so the object looks autoscaled in reviews and dashboards \
        while capacity is fixed. It is usually a leftover from an incident or a copy-paste. When the \
        floor is below 2 the hpa-min-replicas-low rule reports it instead.""",
    remediation = "Raise maxReplicas above minReplicas to the capacity the service may need, or replace the HPA with a fixed spec.replicas.",
    references = {"https://kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale/"},
    equivalents = {"polaris:hpaMaxAvailability", "kube-score:horizontalpodautoscaler-replicas"},
    example = """
        apiVersion: autoscaling/v2
        kind: HorizontalPodAutoscaler
        metadata:
          name: web
        spec:
          scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
          minReplicas: 3
          maxReplicas: 3
        """,
    fixedExample = """
        apiVersion: autoscaling/v2
        kind: HorizontalPodAutoscaler
        metadata:
          name: web
        spec:
          scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
          minReplicas: 3
          maxReplicas: 12
        """)
public final class HpaMinEqualsMax implements ResourceRule {

  @Override
  public boolean appliesTo(Resource resource) {
    return Hpas.isHpa(resource);
  }

  @Override
  public List<Violation> check(Resource hpa, RuleContext context) {
    OptionalLong min = Hpas.minReplicas(hpa);
    Node maxNode = hpa.node().at("spec", "maxReplicas");
    OptionalLong max = maxNode.asLong();
    if (min.isEmpty() || max.isEmpty() || min.getAsLong() < 2 || min.getAsLong() != max.getAsLong()) {
      return List.of();
    }
    return Violation.one(
        maxNode,
        Names.describe(hpa) + " has minReplicas and maxReplicas both " + max.getAsLong() + ": it never scales");
  }
}
