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
import java.util.OptionalLong;

@RuleInfo(
    id = "webhook-timeout-long",
    title = "Admission webhook waits too long for its backend",
    severity = Severity.MEDIUM,
    category = Category.CLUSTER,
    description = """
        `timeoutSeconds` is how long the API server waits for a webhook on every matching request (v1 \
        default 10, maximum 30). A webhook that hangs then holds each matching create and update for \
        that long, and kubectl, controllers and operators wait behind it. Mutating webhooks run one \
        after another and may be reinvoked, so long timeouts add up and can exceed the API server's \
        own request timeout, failing the request before the failure policy even applies. Timeouts \
        above 15 seconds are reported; unset means 10 and is fine.""",
    remediation = "Lower `timeoutSeconds` to 10 or less and make the webhook answer quickly (or fail fast).",
    references = {
      "https://kubernetes.io/docs/reference/access-authn-authz/extensible-admission-controllers/#timeouts"
    },
    example = """
        apiVersion: admissionregistration.k8s.io/v1
        kind: MutatingWebhookConfiguration
        metadata:
          name: injector
        webhooks:
          - name: inject.example.com
            clientConfig:
              service: {name: injector, namespace: injector, path: /mutate}
            rules:
              - apiGroups: [""]
                apiVersions: [v1]
                operations: [CREATE]
                resources: [pods]
            failurePolicy: Ignore
            timeoutSeconds: 30
            sideEffects: None
            admissionReviewVersions: [v1]
        """,
    fixedExample = """
        apiVersion: admissionregistration.k8s.io/v1
        kind: MutatingWebhookConfiguration
        metadata:
          name: injector
        webhooks:
          - name: inject.example.com
            clientConfig:
              service: {name: injector, namespace: injector, path: /mutate}
            rules:
              - apiGroups: [""]
                apiVersions: [v1]
                operations: [CREATE]
                resources: [pods]
            failurePolicy: Ignore
            timeoutSeconds: 5
            sideEffects: None
            admissionReviewVersions: [v1]
        """)
public final class WebhookTimeoutLong implements ResourceRule {

  private static final long LIMIT = 15;

  @Override
  public boolean appliesTo(Resource resource) {
    return Webhooks.isV1Configuration(resource);
  }

  @Override
  public List<Violation> check(Resource resource, RuleContext context) {
    List<Violation> out = new ArrayList<>();
    for (Webhooks.Webhook hook : Webhooks.of(resource)) {
      Node timeout = hook.node().at("timeoutSeconds");
      OptionalLong seconds = timeout.asLong();
      if (seconds.isPresent() && seconds.getAsLong() > LIMIT) {
        out.add(Violation.of(timeout,
            hook.describe() + " sets timeoutSeconds " + seconds.getAsLong() + ": while its backend hangs, every matching API request waits that long"));
      }
    }
    return out;
  }
}
