package dev.seaworthy.rules.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.engine.Finding;
import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class EnvLiteralCredentialTest {

  private final RuleTester tester = RuleTester.forRule(new EnvLiteralCredential());

  @Test
  void positive_credentialNames() {
    tester
        .yaml("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: api
            spec:
              selector:
                matchLabels: {app: api}
              template:
                metadata:
                  labels: {app: api}
                spec:
                  initContainers:
                    - name: migrate
                      image: migrate:1.0
                      env:
                        - name: PGPASSWORD
                          value: plain
                        - name: DB_PASSWORD
                          # expect: env-literal-credential init container "migrate" sets env DB_PASSWORD to a literal credential (value redacted)
                          value: changeme
                  containers:
                    - name: api
                      image: api:1.4.2
                      env:
                        - name: JWT_SECRET
                          # expect: env-literal-credential sets env JWT_SECRET
                          value: "s3cr3t-signing-key"
                        - name: STRIPE_API_KEY
                          # expect: env-literal-credential sets env STRIPE_API_KEY
                          value: sk_live_abcdefghijklmnop
                        - name: AWS_SECRET_ACCESS_KEY
                          # expect: env-literal-credential sets env AWS_SECRET_ACCESS_KEY
                          value: wJalrXUtnFEMIK7MDENGbPxRfiCYzzzzzzzzzzzz
                        - name: redis-auth-token
                          # expect: env-literal-credential sets env redis-auth-token
                          value: abc123
                        - name: dbPassword
                          # expect: env-literal-credential sets env dbPassword
                          value: "12345678"
                        - name: DATABASE_CREDENTIALS
                          # expect: env-literal-credential sets env DATABASE_CREDENTIALS
                          value: "postgres://app:pw@db:5432/app"
                        - name: SECRET_KEY_BASE
                          # expect: env-literal-credential sets env SECRET_KEY_BASE
                          value: 0a1b2c3d4e5f
            """)
        .verify();
  }

  @Test
  void positive_credentialShapesWhateverTheName() {
    tester
        .yaml("""
            apiVersion: batch/v1
            kind: CronJob
            metadata:
              name: sync
            spec:
              schedule: "@hourly"
              jobTemplate:
                spec:
                  template:
                    spec:
                      restartPolicy: Never
                      containers:
                        - name: sync
                          image: sync:1.0
                          env:
                            - name: AWS_ACCESS_KEY_ID
                              # expect: env-literal-credential sets env AWS_ACCESS_KEY_ID to what looks like an AWS access key ID (value redacted)
                              value: AKIAZ7Q3EXAMPLE4ABCD
                            - name: SIGNING_MATERIAL
                              # expect: env-literal-credential what looks like a PEM private key
                              value: |
                                -----BEGIN RSA PRIVATE KEY-----
                                MIIEowIBAAKCAQEAx
                                -----END RSA PRIVATE KEY-----
                            - name: GH
                              # expect: env-literal-credential what looks like a GitHub token
                              value: ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789
                            - name: NOTIFY_HOOK_CONFIG
                              # expect: env-literal-credential what looks like a Slack token
                              value: "channel=ops token=xoxb-1234567890-abcdefghij"
                            - name: ACCESS_KEY_ID
                              # expect: env-literal-credential AWS access key ID
                              value: ASIAY34FZKBOKMUTVV7A
            """)
        .verify();
  }

  @Test
  void negative_descriptiveNamesReferencesAndNonSecretValues() {
    tester
        .yaml("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: api
            spec:
              containers:
                - name: api
                  image: api:1.4.2
                  env:
                    - name: DB_PASSWORD
                      valueFrom:
                        secretKeyRef: {name: db, key: password}
                    - name: DB_PASSWORD_FILE
                      value: /run/secrets/db-password
                    - name: AWS_WEB_IDENTITY_TOKEN_FILE
                      value: /var/run/secrets/eks.amazonaws.com/serviceaccount/token
                    - name: GOOGLE_APPLICATION_CREDENTIALS
                      value: /var/secrets/google/key.json
                    - name: SECRET_NAME
                      value: prod/api/db
                    - name: TOKEN_URL
                      value: https://auth.example.com/oauth/token
                    - name: OAUTH_TOKEN_ENDPOINT
                      value: https://auth.example.com/token
                    - name: TOKEN_TTL
                      value: "3600"
                    - name: PASSWORD_MIN_LENGTH
                      value: "12"
                    - name: AWS_ACCESS_KEY_ID
                      value: AKIAIOSFODNN7EXAMPLE
                    - name: API_KEY_HEADER
                      value: X-Api-Key
                    - name: SECRET_ARN
                      value: arn:aws:secretsmanager:eu-west-1:123456789012:secret:db
                    - name: ADMIN_PASSWORD
                      value: $(GENERATED_PASSWORD)
                    - name: REDIS_TOKEN
                      value: ${REDIS_TOKEN}
                    - name: API_TOKEN
                      value: <your-token-here>
                    - name: ENABLE_TOKEN_AUTH
                      value: "true"
                    - name: PWD
                      value: /workspace
                    - name: VAULT_TOKEN
                      value: ""
                    - name: MAX_TOKENS
                      value: "4096"
                    - name: TOKENIZER
                      value: bpe
                    - name: KEYCLOAK_URL
                      value: https://sso.example.com
                    - name: LOG_LEVEL
                      value: debug
                    - name: CLIENT_SECRET_REF
                      value: oauth-client
            """)
        .verify();
  }

  @Test
  void negative_ephemeralContainersAreOutOfScope() {
    tester
        .yaml("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              containers:
                - name: web
                  image: nginx:1.27
              ephemeralContainers:
                - name: debug
                  image: busybox:1.36
                  env:
                    - {name: PASSWORD, value: hunter2}
            """)
        .verify();
  }

  @Test
  void messagesNeverContainTheValue() {
    var findings = tester.findings("""
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: a
              image: nginx:1.27
              env:
                - {name: DB_PASSWORD, value: Sup3rS3cretValue}
                - {name: X, value: AKIAZ7Q3ABCDEFGHIJKL}
        """);
    assertThat(findings).hasSize(2);
    for (Finding f : findings) {
      assertThat(f.message()).contains("(value redacted)").doesNotContain("Sup3r").doesNotContain("AKIA");
      assertThat(f.fixes()).isEmpty();
    }
  }

  @Test
  void oddInputDoesNotThrow() {
    OddInput.auditsQuietly(new EnvLiteralCredential());
  }
}
