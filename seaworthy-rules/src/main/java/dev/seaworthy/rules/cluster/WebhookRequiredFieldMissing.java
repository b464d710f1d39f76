package dev.seaworthy.rules.cluster;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ResourceRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

@RuleInfo(
    id = "webhook-required-field-missing",
    title = "Admission webhook lacks a field that the v1 API requires",
    severity = Severity.HIGH,
    category = Category.CLUSTER,
    description = """
        admissionregistration.k8s.io/v1 made two fields of every webhook mandatory: `sideEffects`, \
        which must be None or NoneOnDryRun (v1beta1's Some and Unknown are gone), and \
        `admissionReviewVersions`, the AdmissionReview versions the webhook understands. A \
        configuration missing either (typically converted from v1beta1 by changing only the \
        apiVersion) is rejected by the API server as a whole, so none of its webhooks are installed \
        and the policy they enforce silently does not exist.""",
    remediation = "Set `sideEffects: None` (or NoneOnDryRun) and `admissionReviewVersions: [v1]` on each webhook, after checking that the webhook server has no side effects and speaks admission.k8s.io/v1.",
    references = {
      "https://kubernetes.io/docs/reference/access-authn-authz/extensible-admission-controllers/#side-effects",
      "https://kubernetes.io/docs/reference/using-api/deprecation-guide/#webhook-resources-v122",
      "https://kubernetes.io/docs/reference/kubernetes-api/extend-resources/validating-webhook-configuration-v1/"
    },
    example = """
        apiVersion: admissionregistration.k8s.io/v1
        kind: ValidatingWebhookConfiguration
        metadata:
          name: policy
        webhooks:
          - name: pods.policy.example.com
            clientConfig:
              service: {name: policy, namespace: policy-system, path: /validate}
            rules:
              - apiGroups: [""]
                apiVersions: [v1]
                operations: [CREATE]
                resources: [pods]
            failurePolicy: Ignore
        """,
    fixedExample = """
        apiVersion: admissionregistration.k8s.io/v1
        kind: ValidatingWebhookConfiguration
        metadata:
          name: policy
        webhooks:
          - name: pods.policy.example.com
            clientConfig:
              service: {name: policy, namespace: policy-system, path: /validate}
            rules:
              - apiGroups: [""]
                apiVersions: [v1]
                operations: [CREATE]
                resources: [pods]
            failurePolicy: Ignore
            sideEffects: None
            admissionReviewVersions: [v1]
        """)
public final class WebhookRequiredFieldMissing implements ResourceRule {

  private static final Set<String> SIDE_EFFECTS = Set.of("None", "NoneOnDryRun");

  @Override
  public boolean appliesTo(Resource resource) {
    return Webhooks.isV1Configuration(resource);
  }

  @Override
  public List<Violation> check(Resource resource, RuleContext context) {
    List<Violation> out = new ArrayList<>();
    for (Webhooks.Webhook hook : Webhooks.of(resource)) {
      Node sideEffects = hook.node().at("sideEffects");
      Node versions = hook.node().at("admissionReviewVersions");
      List<String> problems = new ArrayList<>();
      Node at = hook.node();
      if (sideEffects.text().isEmpty()) {
        problems.add("no sideEffects");
      } else if (!SIDE_EFFECTS.contains(sideEffects.text().get())) {
        problems.add("sideEffects " + sideEffects.text().get() + " (v1 allows only None or NoneOnDryRun)");
        at = sideEffects;
      }
      if (versions.items().isEmpty()) {
        problems.add("no admissionReviewVersions");
      }
      if (!problems.isEmpty()) {
        out.add(Violation.of(at, hook.describe() + " has " + String.join(" and ", problems)
            + ": the API server rejects the whole configuration, so none of its webhooks is installed"));
      }
    }
    return out;
  }
}
