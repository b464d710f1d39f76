package dev.seaworthy.rules.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.rule.PatchOp;
import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class ServiceAccountTokenAutomountTest {

  private final RuleTester tester = RuleTester.forRule(new ServiceAccountTokenAutomount());

  @Test
  void positive_defaultAccountWithTokenMounted() {
    tester
        .yaml("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              namespace: shop
            spec:
              selector:
                matchLabels: {app: web}
              template:
                metadata:
                  labels: {app: web}
                # expect: service-account-token-automount pod runs as the default ServiceAccount of namespace shop and mounts its API token: automountServiceAccountToken is unset on the pod, and ServiceAccount shop/default was not found in the audited input
                spec:
                  containers:
                    - name: web
                      image: nginx:1.27
            """)
        .yaml("""
            apiVersion: v1
            kind: ServiceAccount
            metadata:
              name: default
              namespace: shop
            ---
            apiVersion: batch/v1
            kind: CronJob
            metadata:
              name: report
              namespace: shop
            spec:
              schedule: "@daily"
              jobTemplate:
                spec:
                  template:
                    # expect: service-account-token-automount not false on ServiceAccount shop/default
                    spec:
                      restartPolicy: Never
                      serviceAccountName: default
                      containers:
                        - name: report
                          image: report:1.0
            """)
        .yaml("""
            apiVersion: v1
            kind: ServiceAccount
            metadata:
              name: default
            automountServiceAccountToken: false
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: explicit
            spec:
              # expect: service-account-token-automount of namespace default and sets automountServiceAccountToken: true
              automountServiceAccountToken: true
              containers:
                - name: app
                  image: app:1.0
            """)
        .verify();
  }

  @Test
  void negative_podOrAccountTurnsItOffOrDedicatedAccount() {
    tester
        .yaml("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: off
              namespace: shop
            spec:
              automountServiceAccountToken: false
              containers:
                - name: app
                  image: app:1.0
            """)
        .yaml("""
            apiVersion: v1
            kind: ServiceAccount
            metadata:
              name: default
              namespace: shop
            automountServiceAccountToken: no
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              namespace: shop
            spec:
              selector:
                matchLabels: {app: web}
              template:
                metadata:
                  labels: {app: web}
                spec:
                  containers:
                    - name: web
                      image: nginx:1.27
            """)
        .yaml("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: controller
              namespace: ops
            spec:
              selector:
                matchLabels: {app: controller}
              template:
                metadata:
                  labels: {app: controller}
                spec:
                  serviceAccountName: controller
                  containers:
                    - name: controller
                      image: controller:1.0
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: legacy
              namespace: ops
            spec:
              serviceAccount: legacy-sa
              containers:
                - name: app
                  image: app:1.0
            """)
        .verify();
  }

  @Test
  void positive_accountInAnotherNamespaceDoesNotCount() {
    tester
        .yaml("""
            apiVersion: v1
            kind: ServiceAccount
            metadata:
              name: default
              namespace: other
            automountServiceAccountToken: false
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: app
              namespace: shop
            # expect: service-account-token-automount ServiceAccount shop/default was not found in the audited input
            spec:
              containers:
                - name: app
                  image: app:1.0
            """)
        .verify();
  }

  @Test
  void fixAddsTheFieldToThePodSpec() {
    var findings = tester.findings("""
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: d}
        spec:
          selector:
            matchLabels: {app: d}
          template:
            metadata:
              labels: {app: d}
            spec:
              containers:
                - name: a
                  image: nginx:1.27
        """);
    assertThat(findings).singleElement().satisfies(f ->
        assertThat(f.fixes().get(0).ops()).containsExactly(PatchOp.add("/spec/template/spec/automountServiceAccountToken", false)));
  }

  @Test
  void oddInputDoesNotThrow() {
    OddInput.auditsQuietly(new ServiceAccountTokenAutomount());
  }
}
