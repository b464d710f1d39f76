package dev.seaworthy.rules.cluster;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class WebhookRequiredFieldMissingTest {

  private final RuleTester tester = RuleTester.forRule(new WebhookRequiredFieldMissing());

  @Test
  void positive_convertedFromV1beta1ByTheApiVersionOnly() {
    tester
        .yaml("""
            apiVersion: admissionregistration.k8s.io/v1
            kind: ValidatingWebhookConfiguration
            metadata: {name: policy}
            webhooks:
              # expect: webhook-required-field-missing webhook "a.example.com" of ValidatingWebhookConfiguration "policy" has no sideEffects and no admissionReviewVersions: the API server rejects the whole configuration
              - name: a.example.com
                clientConfig: {service: {name: s, namespace: s}}
              - name: b.example.com
                clientConfig: {service: {name: s, namespace: s}}
                # expect: webhook-required-field-missing has sideEffects Unknown (v1 allows only None or NoneOnDryRun)
                sideEffects: Unknown
                admissionReviewVersions: [v1, v1beta1]
              # expect: webhook-required-field-missing "c.example.com" of ValidatingWebhookConfiguration "policy" has no admissionReviewVersions
              - name: c.example.com
                clientConfig: {service: {name: s, namespace: s}}
                sideEffects: NoneOnDryRun
                admissionReviewVersions: []
            """)
        .verify();
  }

  @Test
  void negative_completeV1AndV1beta1() {
    tester
        .yaml("""
            apiVersion: admissionregistration.k8s.io/v1
            kind: MutatingWebhookConfiguration
            metadata: {name: ok}
            webhooks:
              - name: ok.example.com
                clientConfig: {service: {name: s, namespace: s}}
                sideEffects: None
                admissionReviewVersions: [v1]
            ---
            apiVersion: admissionregistration.k8s.io/v1beta1
            kind: MutatingWebhookConfiguration
            metadata: {name: old}
            webhooks:
              - name: old.example.com
                clientConfig: {service: {name: s, namespace: s}}
            """)
        .verify();
  }
}
