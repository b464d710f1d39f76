package dev.seaworthy.rules.cluster;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class WebhookTimeoutLongTest {

  private final RuleTester tester = RuleTester.forRule(new WebhookTimeoutLong());

  @Test
  void positive_timeoutsNearTheMaximum() {
    tester
        .yaml("""
            apiVersion: admissionregistration.k8s.io/v1
            kind: ValidatingWebhookConfiguration
            metadata: {name: slow}
            webhooks:
              - name: a.example.com
                clientConfig: {service: {name: s, namespace: s}}
                # expect: webhook-timeout-long webhook "a.example.com" of ValidatingWebhookConfiguration "slow" sets timeoutSeconds 30
                timeoutSeconds: 30
                sideEffects: None
                admissionReviewVersions: [v1]
              - name: b.example.com
                clientConfig: {service: {name: s, namespace: s}}
                # expect: webhook-timeout-long timeoutSeconds 20
                timeoutSeconds: 20
                sideEffects: None
                admissionReviewVersions: [v1]
            """)
        .verify();
  }

  @Test
  void negative_peerFalsePositive_unsetMeansTheTenSecondDefault() {
    tester
        .yaml("""
            apiVersion: admissionregistration.k8s.io/v1
            kind: MutatingWebhookConfiguration
            metadata: {name: fine}
            webhooks:
              - name: unset.example.com
                clientConfig: {service: {name: s, namespace: s}}
                sideEffects: None
                admissionReviewVersions: [v1]
              - name: short.example.com
                clientConfig: {service: {name: s, namespace: s}}
                timeoutSeconds: 15
                sideEffects: None
                admissionReviewVersions: [v1]
              - name: quoted.example.com
                clientConfig: {service: {name: s, namespace: s}}
                timeoutSeconds: "30"
                sideEffects: None
                admissionReviewVersions: [v1]
            ---
            apiVersion: admissionregistration.k8s.io/v1beta1
            kind: MutatingWebhookConfiguration
            metadata: {name: old}
            webhooks:
              - name: old.example.com
                timeoutSeconds: 30
            """)
        .verify();
  }
}
