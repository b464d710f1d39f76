package dev.seaworthy.rules.secrets;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class SecretStoreServiceAccountWithoutIrsaTest {

  private final RuleTester tester = RuleTester.forRule(new SecretStoreServiceAccountWithoutIrsa());

  @Test
  void positive_accountWithoutRoleAnnotation() {
    tester
        .yaml("""
            apiVersion: external-secrets.io/v1
            kind: SecretStore
            metadata:
              name: aws-secrets
              namespace: production
            spec:
              provider:
                aws:
                  service: SecretsManager
                  auth:
                    jwt:
                      serviceAccountRef:
                        # expect: secretstore-service-account-without-irsa ServiceAccount "external-secrets-sa" (namespace "production"), which has no eks.amazonaws.com/role-arn annotation
                        name: external-secrets-sa
            ---
            apiVersion: v1
            kind: ServiceAccount
            metadata:
              name: external-secrets-sa
              namespace: production
              annotations:
                eks.amazonaws.com/role-arn: ""
            ---
            apiVersion: external-secrets.io/v1
            kind: ClusterSecretStore
            metadata:
              name: cluster
            spec:
              provider:
                aws:
                  service: SecretsManager
                  auth:
                    jwt:
                      serviceAccountRef:
                        # expect: secretstore-service-account-without-irsa ClusterSecretStore "cluster"
                        name: eso
                        namespace: external-secrets
            ---
            apiVersion: v1
            kind: ServiceAccount
            metadata:
              name: eso
              namespace: external-secrets
            """)
        .verify();
  }

  @Test
  void negative_annotatedAccountAndAccountNotInTheInput() {
    // the guide's account is absent: secretstore-service-account-missing reports that, not this rule
    tester.yaml(SecretStoreServiceAccountMissingTest.GUIDE.replaceAll("(?m)^.*# expect:.*\\n", "")).verify();
    tester
        .yaml("""
            apiVersion: external-secrets.io/v1
            kind: SecretStore
            metadata:
              name: aws-secrets
              namespace: production
            spec:
              provider:
                aws:
                  service: SecretsManager
                  auth:
                    jwt:
                      serviceAccountRef:
                        name: external-secrets-sa
            ---
            apiVersion: v1
            kind: ServiceAccount
            metadata:
              name: external-secrets-sa
              namespace: production
              annotations:
                eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/external-secrets
            """)
        .verify();
  }
}
