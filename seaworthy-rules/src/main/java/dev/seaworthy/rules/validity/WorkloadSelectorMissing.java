package dev.seaworthy.rules.validity;

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
import java.util.Map;

@RuleInfo(
    id = "workload-selector-missing",
    title = "apps/v1 workload has no spec.selector",
    severity = Severity.HIGH,
    category = Category.VALIDITY,
    description = """
        apps/v1 Deployments, ReplicaSets, StatefulSets and DaemonSets must name the pods they manage \
        in spec.selector, and the selector must match the pod template labels. The beta APIs filled \
        it in from the template labels; apps/v1 does not, so a manifest without a selector is \
        rejected by the API server and nothing is deployed. Manifests written for the old APIs (the \
        guide's s3-app and cluster-autoscaler Deployments among them) fail this way.""",
    remediation = "Add spec.selector.matchLabels with the pod template's identifying labels (for example app: <name>), and give the template those labels.",
    references = {
      "https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/deployment-v1/",
      "https://kubernetes.io/docs/reference/using-api/deprecation-guide/#deployment-v116",
      "https://kubernetes.io/docs/concepts/workloads/controllers/deployment/#selector"
    },
    equivalents = {"kube-linter:schema-validation"},
    example = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: s3-app
        spec:
          replicas: 2
          template:
            metadata:
              labels: {app: s3-app}
            spec:
              containers:
                - name: app
                  image: example/s3-app:1.0.0
        """,
    fixedExample = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: s3-app
        spec:
          replicas: 2
          selector:
            matchLabels: {app: s3-app}
          template:
            metadata:
              labels: {app: s3-app}
            spec:
              containers:
                - name: app
                  image: example/s3-app:1.0.0
        """)
public final class WorkloadSelectorMissing implements ResourceRule {

  @Override
  public boolean appliesTo(Resource resource) {
    return AppsWorkloads.isAppsV1Workload(resource);
  }

  @Override
  public List<Violation> check(Resource resource, RuleContext context) {
    if (resource.node().at("spec", "selector").isPresent()) {
      return List.of();
    }
    Node spec = resource.node().at("spec");
    Map<String, String> labels = AppsWorkloads.templateLabels(resource);
    String why = labels.isEmpty()
        ? " has no spec.selector and its pod template has no labels to select: apps/v1 requires both, so the API server rejects the object"
        : " has no spec.selector: apps/v1 requires one, so the API server rejects the object";
    Violation violation = Violation.of(spec.isMap() && spec.position().isKnown() ? spec : resource.node(), AppsWorkloads.describe(resource) + why);
    if (spec.isMap() && !labels.isEmpty()) {
      violation =
          violation.withFix(
              Fix.of(
                  "Select the pods by all of their template labels; the selector cannot be changed later, so drop any label that varies between releases (such as a version) before applying",
                  PatchOp.add("/spec/selector", Map.of("matchLabels", labels))));
    }
    return List.of(violation);
  }
}
