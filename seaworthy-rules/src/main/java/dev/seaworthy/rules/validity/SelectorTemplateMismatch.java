package dev.seaworthy.rules.validity;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ResourceRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.LabelSelector;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

@RuleInfo(
    id = "selector-template-mismatch",
    title = "Workload selector does not match its pod template labels",
    severity = Severity.HIGH,
    category = Category.VALIDITY,
    description = """
        The API server rejects an apps/v1 Deployment, ReplicaSet, StatefulSet or DaemonSet whose \
        spec.selector does not match the labels of its own pod template ("selector does not match \
        template labels"), because the controller could never count the pods it creates. It also \
        rejects an empty selector ({}), which would claim every pod in the namespace. Either way \
        nothing is deployed, and since the selector is immutable, a later fix may need the object \
        deleted and recreated.""",
    remediation = "Make every matchLabels entry and matchExpressions requirement hold for the labels under spec.template.metadata.labels, and never leave the selector empty.",
    references = {
      "https://kubernetes.io/docs/concepts/workloads/controllers/deployment/#selector",
      "https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/deployment-v1/",
      "https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#label-selectors"
    },
    equivalents = {
      "kube-score:deployment-pod-selector-labels-match-template-metadata-labels",
      "kube-score:statefulset-pod-selector-labels-match-template-metadata-labels",
      "kube-linter:mismatching-selector",
      "kubescape:C-0296"
    },
    example = """
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
              labels: {app: frontend}
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
public final class SelectorTemplateMismatch implements ResourceRule {

  @Override
  public boolean appliesTo(Resource resource) {
    return AppsWorkloads.isAppsV1Workload(resource);
  }

  @Override
  public List<Violation> check(Resource resource, RuleContext context) {
    Node selectorNode = resource.node().at("spec", "selector");
    if (!selectorNode.isMap()) {
      return List.of(); // missing: workload-selector-missing; not a map: not a selector we can judge
    }
    LabelSelector selector = LabelSelector.of(selectorNode);
    if (!selector.valid()) {
      return List.of();
    }
    String name = AppsWorkloads.describe(resource);
    if (selector.isEmpty()) {
      return Violation.one(selectorNode, name + " has an empty spec.selector: apps/v1 rejects a selector that would match every pod");
    }
    if (!resource.node().at("spec", "template").isMap()) {
      return List.of();
    }
    Map<String, String> labels = AppsWorkloads.templateLabels(resource);
    if (selector.matches(labels)) {
      return List.of();
    }
    return Violation.one(
        selectorNode,
        name + " spec.selector requires " + firstUnmet(selector, labels) + ", but the pod template labels are " + show(labels)
            + ": the API server rejects the object (selector does not match template labels)");
  }

  /** The first requirement the template labels fail, as the user would write it. */
  private static String firstUnmet(LabelSelector selector, Map<String, String> labels) {
    for (Map.Entry<String, String> e : selector.matchLabels().entrySet()) {
      if (!e.getValue().equals(labels.get(e.getKey()))) {
        return e.getKey() + "=" + e.getValue();
      }
    }
    for (LabelSelector.Requirement r : selector.expressions()) {
      if (!new LabelSelector(Map.of(), List.of(r), true).matches(labels)) {
        return r.values().isEmpty() ? r.key() + " " + r.operator() : r.key() + " " + r.operator() + " (" + String.join(", ", r.values()) + ")";
      }
    }
    return "labels the template does not have";
  }

  private static String show(Map<String, String> labels) {
    if (labels.isEmpty()) {
      return "empty";
    }
    return labels.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ", "{", "}"));
  }
}
