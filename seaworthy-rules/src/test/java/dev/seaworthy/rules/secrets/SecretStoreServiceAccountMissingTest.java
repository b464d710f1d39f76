package dev.seaworthy.rules.secrets;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class SecretStoreServiceAccountMissingTest {

  private final RuleTester tester = RuleTester.forRule(new SecretStoreServiceAccountMissing());

  /** examples/eks-production/secrets/external-secrets.yaml, as the guide writes it. */
  static final String GUIDE = """
      # Guide section "AWS Secrets Manager Integration": External Secrets v1beta1 objects.
      apiVersion: external-secrets.io/v1beta1
      kind: SecretStore
      metadata:
        name: aws-secrets
        namespace: production
      spec:
        provider:
          aws:
            service: SecretsManager
            region: us-east-1
            auth:
              jwt:
                serviceAccountRef:
                  # expect: secretstore-service-account-missing SecretStore "aws-secrets" authenticates to AWS as ServiceAccount "external-secrets-sa", not found in the audited input in namespace "production"
                  name: external-secrets-sa
      ---
      apiVersion: external-secrets.io/v1beta1
      kind: ExternalSecret
      metadata:
        name: app-secrets
        namespace: production
      spec:
        refreshInterval: 1h
        secretStoreRef:
          name: aws-secrets
          kind: SecretStore
        target:
          name: app-secrets
          creationPolicy: Owner
        data:
        - secretKey: database-password
          remoteRef:
            key: production/rds/password
        - secretKey: api-key
          remoteRef:
            key: production/api/key
      """;

  @Test
  void positive_guideStoreNamesAnAccountThatIsNotInTheInput() {
    tester.yaml(GUIDE).verify();
  }

  @Test
  void positive_clusterStoreAndAccountInAnotherNamespace() {
    tester
        .yaml("""
            apiVersion: external-secrets.io/v1
            kind: ClusterSecretStore
            metadata:
              name: aws
            spec:
              provider:
                aws:
                  service: ParameterStore
                  region: eu-west-1
                  auth:
                    jwt:
                      serviceAccountRef:
                        # expect: secretstore-service-account-missing ClusterSecretStore "aws" authenticates to AWS as ServiceAccount "eso", not found in the audited input in namespace "external-secrets"
                        name: eso
                        namespace: external-secrets
            ---
            apiVersion: v1
            kind: ServiceAccount
            metadata:
              name: eso
              namespace: default
            ---
            apiVersion: external-secrets.io/v1
            kind: SecretStore
            metadata:
              name: store
              namespace: team-a
            spec:
              provider:
                aws:
                  service: SecretsManager
                  auth:
                    jwt:
                      serviceAccountRef:
                        # expect: secretstore-service-account-missing in namespace "team-a"
                        name: eso
                        namespace: default
            """)
        .verify();
  }

  @Test
  void negative_fixedGuideAndUndecidableRefs() {
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
                  region: us-east-1
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
            automountServiceAccountToken: false
            ---
            # no namespace on a ClusterSecretStore ref: ESO uses each ExternalSecret's namespace
            apiVersion: external-secrets.io/v1
            kind: ClusterSecretStore
            metadata:
              name: per-namespace
            spec:
              provider:
                aws:
                  service: SecretsManager
                  auth:
                    jwt:
                      serviceAccountRef:
                        name: eso
            ---
            # static keys or the operator's own identity: no serviceAccountRef to check
            apiVersion: external-secrets.io/v1
            kind: SecretStore
            metadata:
              name: keys
              namespace: production
            spec:
              provider:
                aws:
                  service: SecretsManager
                  auth:
                    secretRef:
                      accessKeyIDSecretRef: {name: awssm-secret, key: access-key}
            """)
        .verify();
  }
}
