package dev.seaworthy.rules.secrets;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class ExternalSecretRefreshIntervalTest {

  private final RuleTester tester = RuleTester.forRule(new ExternalSecretRefreshInterval());

  @Test
  void positive_tooOftenAndNever() {
    tester
        .yaml("""
            apiVersion: external-secrets.io/v1
            kind: ExternalSecret
            metadata:
              name: fast
            spec:
              # expect: externalsecret-refresh-interval ExternalSecret "fast" sets refreshInterval 10s: every refresh calls the provider's API
              refreshInterval: 10s
              secretStoreRef: {name: aws-secrets, kind: SecretStore}
            ---
            apiVersion: external-secrets.io/v1beta1
            kind: ExternalSecret
            metadata:
              name: once
            spec:
              # expect: externalsecret-refresh-interval refreshInterval 0: the secret is fetched once and never refreshed
              refreshInterval: 0
              secretStoreRef: {name: aws-secrets, kind: SecretStore}
            ---
            apiVersion: external-secrets.io/v1
            kind: ExternalSecret
            metadata:
              name: once-quoted
            spec:
              refreshPolicy: Periodic
              # expect: externalsecret-refresh-interval never refreshed
              refreshInterval: "0s"
            ---
            apiVersion: external-secrets.io/v1
            kind: ClusterExternalSecret
            metadata:
              name: shared
            spec:
              externalSecretSpec:
                # expect: externalsecret-refresh-interval ClusterExternalSecret "shared" sets refreshInterval 500ms
                refreshInterval: 500ms
            """)
        .verify();
  }

  @Test
  void negative_saneDefaultsPoliciesAndOddValues() {
    tester
        .yaml(SecretStoreServiceAccountMissingTest.GUIDE.replaceAll("(?m)^.*# expect:.*\\n", ""))
        .yaml("""
            apiVersion: external-secrets.io/v1
            kind: ExternalSecret
            metadata: {name: default-interval}
            spec:
              secretStoreRef: {name: aws-secrets}
            ---
            apiVersion: external-secrets.io/v1
            kind: ExternalSecret
            metadata: {name: one-minute}
            spec:
              refreshInterval: 1m0s
            ---
            apiVersion: external-secrets.io/v1
            kind: ExternalSecret
            metadata: {name: created-once}
            spec:
              refreshPolicy: CreatedOnce
              refreshInterval: 0
            ---
            apiVersion: external-secrets.io/v1
            kind: ExternalSecret
            metadata: {name: on-change}
            spec:
              refreshPolicy: OnChange
              refreshInterval: 5s
            ---
            apiVersion: external-secrets.io/v1
            kind: ExternalSecret
            metadata: {name: unparseable}
            spec:
              refreshInterval: one hour
            ---
            apiVersion: external-secrets.io/v1
            kind: ClusterExternalSecret
            metadata: {name: refresh-time-is-not-refresh-interval}
            spec:
              refreshTime: 10s
              externalSecretSpec:
                refreshInterval: 15m
            """)
        .verify();
  }
}
