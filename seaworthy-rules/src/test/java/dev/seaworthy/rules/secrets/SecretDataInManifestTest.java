package dev.seaworthy.rules.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class SecretDataInManifestTest {

  private final RuleTester tester = RuleTester.forRule(new SecretDataInManifest());

  @Test
  void positive_dataAndStringData() {
    tester
        .yaml("""
            apiVersion: v1
            kind: Secret
            metadata:
              name: db-credentials
              namespace: production
            type: Opaque
            # expect: secret-data-in-manifest Secret "db-credentials" commits 3 values (password, username, token) in the manifest
            data:
              password: c3VwZXJzZWNyZXQ=
              username: YXBw
              empty: ""
            stringData:
              token: abc
            ---
            apiVersion: v1
            kind: Secret
            metadata:
              name: tls
            type: kubernetes.io/tls
            # expect: secret-data-in-manifest commits 1 value (tls.key)
            stringData:
              tls.key: "-----BEGIN PRIVATE KEY-----"
            """)
        .verify();
  }

  @Test
  void negative_emptySopsPlaceholdersAndTokens() {
    tester
        .yaml("""
            apiVersion: v1
            kind: Secret
            metadata: {name: empty}
            type: Opaque
            ---
            apiVersion: v1
            kind: Secret
            metadata: {name: blank}
            data:
              password: ""
              other: ~
            ---
            apiVersion: v1
            kind: Secret
            metadata: {name: sops}
            stringData:
              password: ENC[AES256_GCM,data:Zm9v,iv:YmFy,tag:YmF6,type:str]
            sops:
              kms:
                - arn: arn:aws:kms:us-east-1:123456789012:key/abc
            ---
            apiVersion: v1
            kind: Secret
            metadata: {name: substituted}
            stringData:
              password: ${DB_PASSWORD}
              user: "{{ .Values.user }}"
            ---
            apiVersion: v1
            kind: Secret
            metadata:
              name: sa-token
              annotations:
                kubernetes.io/service-account.name: app
            type: kubernetes.io/service-account-token
            data:
              token: ZXlK
            """)
        .verify();
  }

  @Test
  void messageNeverShowsValues() {
    var findings = tester.findings("""
        apiVersion: v1
        kind: Secret
        metadata: {name: s}
        stringData:
          password: hunter2-very-secret
        """);
    assertThat(findings).singleElement().satisfies(f -> assertThat(f.message()).doesNotContain("hunter2"));
  }
}
