package dev.seaworthy.rules.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.rule.PatchOp;
import dev.seaworthy.core.testing.RuleTester;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SeccompProfileMissingTest {

  private final RuleTester tester = RuleTester.forRule(new SeccompProfileMissing());

  @Test
  void positive_missingAndUnconfinedAtBothLevels() {
    tester
        .yaml("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              selector:
                matchLabels: {app: web}
              template:
                metadata:
                  labels: {app: web}
                spec:
                  initContainers:
                    # expect: seccomp-profile-missing init container "setup" has no seccomp profile, so it runs Unconfined unless the kubelet enables seccompDefault
                    - name: setup
                      image: busybox:1.36
                  containers:
                    # expect: seccomp-profile-missing container "web" has no seccomp profile
                    - name: web
                      image: nginx:1.27
                    - name: debug
                      image: busybox:1.36
                      securityContext:
                        seccompProfile:
                          # expect: seccomp-profile-missing container "debug" runs with seccomp profile Unconfined
                          type: Unconfined
            """)
        .yaml("""
            apiVersion: batch/v1
            kind: CronJob
            metadata:
              name: nightly
            spec:
              schedule: "0 4 * * *"
              jobTemplate:
                spec:
                  template:
                    spec:
                      restartPolicy: OnFailure
                      securityContext:
                        seccompProfile: {type: Unconfined}
                      containers:
                        # expect: seccomp-profile-missing container "job" runs with seccomp profile Unconfined (set in the pod securityContext)
                        - name: job
                          image: job:1.0
                        - name: confined
                          image: job:1.0
                          securityContext:
                            seccompProfile: {type: RuntimeDefault}
            """)
        .verify();
  }

  @Test
  void positive_legacyAnnotationsAreIgnoredFrom127() {
    tester
        .kubernetesVersion("1.27")
        .yaml("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: legacy
              annotations:
                seccomp.security.alpha.kubernetes.io/pod: runtime/default
                container.seccomp.security.alpha.kubernetes.io/app: runtime/default
            spec:
              containers:
                # expect: seccomp-profile-missing the legacy annotation container.seccomp.security.alpha.kubernetes.io/app and seccomp.security.alpha.kubernetes.io/pod is ignored on Kubernetes 1.27
                - name: app
                  image: app:1.0
            """)
        .verify();
  }

  @Test
  void negative_legacyAnnotationsStillCountBefore127() {
    tester
        .kubernetesVersion("1.26")
        .yaml("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: legacy
              annotations:
                seccomp.security.alpha.kubernetes.io/pod: docker/default
                container.seccomp.security.alpha.kubernetes.io/special: localhost/profiles/special.json
            spec:
              containers:
                - name: app
                  image: app:1.0
                - name: special
                  image: app:1.0
            """)
        .verify();
  }

  @Test
  void positive_legacyUnconfinedAnnotationBefore127() {
    tester
        .kubernetesVersion("1.26")
        .yaml("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: legacy
              annotations:
                container.seccomp.security.alpha.kubernetes.io/app: unconfined
            spec:
              securityContext:
                seccompProfile: {type: RuntimeDefault}
              containers:
                # expect: seccomp-profile-missing container "app" runs with seccomp profile Unconfined (from the legacy container seccomp annotation)
                - name: app
                  image: app:1.0
            """)
        .verify();
  }

  @Test
  void negative_runtimeDefaultOrLocalhostWithContainerPrecedence() {
    tester
        .yaml("""
            apiVersion: apps/v1
            kind: StatefulSet
            metadata:
              name: db
            spec:
              serviceName: db
              selector:
                matchLabels: {app: db}
              template:
                metadata:
                  labels: {app: db}
                spec:
                  securityContext:
                    seccompProfile:
                      type: RuntimeDefault
                  containers:
                    - name: db
                      image: postgres:16
                    - name: tuned
                      image: postgres:16
                      securityContext:
                        seccompProfile:
                          type: Localhost
                          localhostProfile: profiles/db.json
            """)
        .yaml("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: override
            spec:
              securityContext:
                seccompProfile: {type: Unconfined}
              containers:
                - name: app
                  image: app:1.0
                  securityContext:
                    seccompProfile: {type: RuntimeDefault}
              ephemeralContainers:
                - name: debugger
                  image: busybox:1.36
            """)
        .yaml("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: win
            spec:
              os: {name: windows}
              containers:
                - name: app
                  image: app:1.0-windows
            """)
        .verify();
  }

  @Test
  void fixIsOfferedOnThePodLevelOnly() {
    var findings = tester.findings("""
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
          annotations:
            seccomp.security.alpha.kubernetes.io/pod: unconfined
        spec:
          containers:
            - name: a
              image: nginx:1.27
            - name: b
              image: nginx:1.27
              securityContext:
                seccompProfile: {type: Unconfined}
        """);
    assertThat(findings).hasSize(2);
    assertThat(findings.get(0).fixes().get(0).ops())
        .containsExactly(
            PatchOp.add("/spec/securityContext", Map.of("seccompProfile", Map.of("type", "RuntimeDefault"))),
            PatchOp.remove("/metadata/annotations/seccomp.security.alpha.kubernetes.io~1pod"));
    assertThat(findings.get(1).fixes()).isEmpty();
  }

  @Test
  void fixReplacesAnUnconfinedPodProfile() {
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
              securityContext:
                runAsNonRoot: true
                seccompProfile: {type: Unconfined}
              containers:
                - name: a
                  image: nginx:1.27
        """);
    assertThat(findings).singleElement().satisfies(f ->
        assertThat(f.fixes().get(0).ops())
            .containsExactly(PatchOp.replace("/spec/template/spec/securityContext/seccompProfile", Map.of("type", "RuntimeDefault"))));
  }

  @Test
  void oddInputDoesNotThrow() {
    OddInput.auditsQuietly(new SeccompProfileMissing());
  }
}
