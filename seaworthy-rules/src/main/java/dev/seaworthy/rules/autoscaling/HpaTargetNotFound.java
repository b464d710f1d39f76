package dev.seaworthy.rules.autoscaling;

import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.InventoryRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import java.util.List;
import java.util.Optional;

@RuleInfo(
    id = "hpa-target-not-found",
    title = "HorizontalPodAutoscaler targets a workload not found in the audited input",
    severity = Severity.LOW,
    category = Category.AUTOSCALING,
    description = """
        An HPA scales only the object its scaleTargetRef names, in its own namespace. A typo in the \
        name or kind, a renamed Deployment, or an HPA left behind after its workload was deleted \
        scales nothing: the HPA reports FailedGetScale and the workload runs at its static replica \
        count under load. Only built-in targets (Deployment, StatefulSet, ReplicaSet) are judged, and \
        only against the audited input, which may be partial: hence the low severity.""",
    remediation = "Point spec.scaleTargetRef at the workload's exact kind, apiVersion and name in the HPA's namespace, or delete the orphaned HPA.",
    references = {
      "https://kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale/",
      "https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/horizontal-pod-autoscaler-v2/"
    },
    equivalents = {
      "kube-score:horizontalpodautoscaler-has-target",
      "kube-linter:dangling-horizontalpodautoscaler",
      "kubescape:C-0300"
    },
    example = """
        apiVersion: autoscaling/v2
        kind: HorizontalPodAutoscaler
        metadata:
          name: web
          namespace: shop
        spec:
          scaleTargetRef:
            apiVersion: apps/v1
            kind: Deployment
            name: web-frontend
          minReplicas: 2
          maxReplicas: 10
        """,
    fixedExample = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          namespace: shop
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
          namespace: shop
        spec:
          scaleTargetRef:
            apiVersion: apps/v1
            kind: Deployment
            name: web
          minReplicas: 2
          maxReplicas: 10
        """)
public final class HpaTargetNotFound implements InventoryRule {

  @Override
  public boolean appliesTo(Resource resource) {
    return Hpas.isHpa(resource);
  }

  @Override
  public List<Violation> check(Resource hpa, RuleContext context) {
    Node ref = hpa.node().at("spec", "scaleTargetRef");
    String kind = ref.at("kind").textOr("");
    Optional<String> name = ref.at("name").text();
    String group = ref.at("apiVersion").textOr("apps/v1");
    group = group.contains("/") ? group.substring(0, group.indexOf('/')) : "";
    if (!Hpas.APPS_TARGET_KINDS.contains(kind) || name.isEmpty() || !(group.equals("apps") || group.equals("extensions"))) {
      return List.of();
    }
    Inventory inventory = context.inventory();
    String namespace = Inventory.namespaceOf(hpa);
    if (inventory.find(kind, namespace, name.get()).isPresent()) {
      return List.of();
    }
    // A namespace-less HPA lands wherever it is applied: a target of that name anywhere may be it.
    if (hpa.namespace().isEmpty() && inventory.ofKind(kind).stream().anyMatch(r -> r.name().equals(name.get()))) {
      return List.of();
    }
    return Violation.one(
        Names.orElse(ref.at("name"), Names.specOrObject(hpa)),
        Names.describe(hpa) + " scales " + kind + " \"" + name.get() + "\", which is not found in namespace \""
            + namespace + "\" in the audited input: if it does not exist, the HPA scales nothing");
  }
}
