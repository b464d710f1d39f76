package dev.seaworthy.rules.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.rule.PatchOp;
import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class DeprecatedServiceAccountFieldTest {

  private final RuleTester tester = RuleTester.forRule(new DeprecatedServiceAccountField());

  @Test
  void positive_aliasAloneOrNextToTheRealField() {
    tester
        .yaml("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: worker
            spec:
              selector:
                matchLabels: {app: worker}
              template:
                metadata:
                  labels: {app: worker}
                spec:
                  # expect: deprecated-service-account-field pod sets the deprecated serviceAccount field; use serviceAccountName
                  serviceAccount: worker
                  containers:
                    - name: worker
                      image: worker:2.0
            """)
        .yaml("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: confusing
            spec:
              serviceAccountName: real
              # expect: deprecated-service-account-field pod sets the deprecated serviceAccount "old", but serviceAccountName "real" wins
              serviceAccount: old
              containers:
                - name: app
                  image: app:1.0
            """)
        .yaml("""
            apiVersion: batch/v1
            kind: CronJob
            metadata:
              name: job
            spec:
              schedule: "@daily"
              jobTemplate:
                spec:
                  template:
                    spec:
                      restartPolicy: Never
                      serviceAccountName: job
                      # expect: deprecated-service-account-field next to serviceAccountName; remove it
                      serviceAccount: job
                      containers:
                        - name: job
                          image: job:1.0
            """)
        .verify();
  }

  @Test
  void negative_onlyServiceAccountNameOrEmpty() {
    tester
        .yaml("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: ok
            spec:
              serviceAccountName: app
              containers:
                - name: app
                  image: app:1.0
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: empty
            spec:
              serviceAccount: ""
              containers:
                - name: app
                  image: app:1.0
            """)
        .verify();
  }

  @Test
  void fixRenamesOrRemoves() {
    var renamed = tester.findings("""
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          serviceAccount: worker
          containers:
            - name: a
              image: nginx:1.27
        """);
    assertThat(renamed).singleElement().satisfies(f ->
        assertThat(f.fixes().get(0).ops())
            .containsExactly(PatchOp.add("/spec/serviceAccountName", "worker"), PatchOp.remove("/spec/serviceAccount")));
    var removed = tester.findings("""
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          serviceAccountName: real
          serviceAccount: old
          containers:
            - name: a
              image: nginx:1.27
        """);
    assertThat(removed).singleElement().satisfies(f ->
        assertThat(f.fixes().get(0).ops()).containsExactly(PatchOp.remove("/spec/serviceAccount")));
  }

  @Test
  void oddInputDoesNotThrow() {
    OddInput.auditsQuietly(new DeprecatedServiceAccountField());
  }
}
