package dev.seaworthy.rules.secrets;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class ExternalSecretStoreMissingTest {

  private final RuleTester tester = RuleTester.forRule(new ExternalSecretStoreMissing());

  @Test
  void positive_storesNotInTheInput() {
    tester
        .yaml("""
            apiVersion: external-secrets.io/v1
            kind: SecretStore
            metadata:
              name: aws-secrets
              namespace: staging
            spec:
              provider:
                aws: {service: SecretsManager}
            ---
            apiVersion: external-secrets.io/v1
            kind: ExternalSecret
            metadata:
              name: app-secrets
              namespace: production
            spec:
              secretStoreRef:
                # expect: externalsecret-store-missing ExternalSecret "app-secrets" reads from SecretStore "aws-secrets", not found in the audited input in namespace "production"
                name: aws-secrets
              data:
                - secretKey: a
                  remoteRef: {key: a}
                - secretKey: b
                  remoteRef: {key: b}
                  sourceRef:
                    storeRef:
                      # expect: externalsecret-store-missing ClusterSecretStore "global", not found in the audited input: without it
                      name: global
                      kind: ClusterSecretStore
            ---
            apiVersion: external-secrets.io/v1
            kind: ClusterExternalSecret
            metadata:
              name: everywhere
            spec:
              externalSecretSpec:
                secretStoreRef:
                  # expect: externalsecret-store-missing ClusterExternalSecret "everywhere" reads from ClusterSecretStore "global"
                  name: global
                  kind: ClusterSecretStore
            """)
        .verify();
  }

  @Test
  void negative_guideAndStoresThatExist() {
    tester
        .yaml(SecretStoreServiceAccountMissingTest.GUIDE.replaceAll("(?m)^.*# expect:.*\\n", ""))
        .yaml("""
            apiVersion: external-secrets.io/v1
            kind: ClusterSecretStore
            metadata:
              name: global
            spec:
              provider:
                aws: {service: SecretsManager}
            ---
            apiVersion: external-secrets.io/v1
            kind: SecretStore
            metadata:
              name: local
            spec:
              provider:
                aws: {service: SecretsManager}
            ---
            apiVersion: external-secrets.io/v1
            kind: ExternalSecret
            metadata:
              name: no-namespace-lands-in-default-with-its-store
            spec:
              secretStoreRef: {name: local}
              dataFrom:
                - extract: {key: x}
                  sourceRef:
                    storeRef: {name: global, kind: ClusterSecretStore}
                - sourceRef:
                    generatorRef: {kind: Password, name: pw}
            ---
            apiVersion: external-secrets.io/v1
            kind: ClusterExternalSecret
            metadata:
              name: namespaced-store-resolved-per-namespace
            spec:
              externalSecretSpec:
                secretStoreRef: {name: per-namespace-store}
            """)
        .verify();
  }
}
