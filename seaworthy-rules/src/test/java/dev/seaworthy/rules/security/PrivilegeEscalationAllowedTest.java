package dev.seaworthy.rules.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.rule.PatchOp;
import dev.seaworthy.core.testing.RuleTester;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrivilegeEscalationAllowedTest {

  private final RuleTester tester = RuleTester.forRule(new PrivilegeEscalationAllowed());

  @Test
  void positive_unsetTrueAndQuotedFalseInADeployment() {
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
                    - name: migrate
                      image: migrate:1.0
                      securityContext:
                        # expect: privilege-escalation-allowed init container "migrate" does not disable privilege escalation (allowPrivilegeEscalation is the string "false"
                        allowPrivilegeEscalation: "false"
                  containers:
                    # expect: privilege-escalation-allowed container "web" allows privilege escalation (allowPrivilegeEscalation is unset)
                    - name: web
                      image: nginx:1.27
                    - name: sidecar
                      image: envoy:1.31
                      securityContext:
                        # expect: privilege-escalation-allowed sets allowPrivilegeEscalation: true
                        allowPrivilegeEscalation: true
            """)
        .verify();
  }

  @Test
  void positive_privilegedOrSysAdminForceItOn() {
    tester
        .yaml("""
            apiVersion: batch/v1
            kind: CronJob
            metadata:
              name: nightly
            spec:
              schedule: "0 2 * * *"
              jobTemplate:
                spec:
                  template:
                    spec:
                      restartPolicy: OnFailure
                      containers:
                        # expect: privilege-escalation-allowed privileged: true forces it on
                        - name: job
                          image: job:1.0
                          securityContext:
                            privileged: true
                        # expect: privilege-escalation-allowed the added SYS_ADMIN capability forces it on
                        - name: mounter
                          image: mounter:1.0
                          securityContext:
                            capabilities:
                              add: ["CAP_SYS_ADMIN"]
            """)
        .verify();
  }

  @Test
  void negative_falseIncludingYamlOneOneSpellings() {
    tester
        .yaml("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              securityContext:
                runAsNonRoot: true
              containers:
                - name: a
                  image: nginx:1.27
                  securityContext:
                    allowPrivilegeEscalation: false
                - name: b
                  image: nginx:1.27
                  securityContext: {allowPrivilegeEscalation: no}
            """)
        .verify();
  }

  @Test
  void negative_windowsPodsAndEphemeralContainersAreOutOfScope() {
    tester
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
        .yaml("""
            apiVersion: apps/v1
            kind: DaemonSet
            metadata:
              name: win-agent
            spec:
              selector:
                matchLabels: {app: win-agent}
              template:
                metadata:
                  labels: {app: win-agent}
                spec:
                  nodeSelector:
                    kubernetes.io/os: windows
                  containers:
                    - name: agent
                      image: agent:1.0-windows
            """)
        .yaml("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              containers:
                - name: web
                  image: nginx:1.27
                  securityContext: {allowPrivilegeEscalation: false}
              ephemeralContainers:
                - name: debugger
                  image: busybox:1.36
            """)
        .verify();
  }

  @Test
  void fixAddsOrReplacesTheField() {
    var missing = tester.findings("""
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: a
              image: nginx:1.27
            - name: b
              image: nginx:1.27
              securityContext: {runAsUser: 1000}
            - name: c
              image: nginx:1.27
              securityContext: {allowPrivilegeEscalation: true}
        """);
    assertThat(missing).hasSize(3);
    assertThat(missing.get(0).fixes().get(0).ops())
        .containsExactly(PatchOp.add("/spec/containers/0/securityContext", Map.of("allowPrivilegeEscalation", false)));
    assertThat(missing.get(1).fixes().get(0).ops())
        .containsExactly(PatchOp.add("/spec/containers/1/securityContext/allowPrivilegeEscalation", false));
    assertThat(missing.get(2).fixes().get(0).ops())
        .containsExactly(PatchOp.replace("/spec/containers/2/securityContext/allowPrivilegeEscalation", false));
  }

  @Test
  void noFixWhenPrivilegedForcesEscalation() {
    var findings = tester.findings("""
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: a
              image: nginx:1.27
              securityContext: {privileged: true}
        """);
    assertThat(findings).singleElement().satisfies(f -> assertThat(f.fixes()).isEmpty());
  }

  @Test
  void oddInputDoesNotThrow() {
    OddInput.auditsQuietly(new PrivilegeEscalationAllowed());
  }
}
