package dev.seaworthy.rules.security;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class RunAsRootTest {

  private final RuleTester tester = RuleTester.forRule(new RunAsRoot());

  @Test
  void positive_noUserAndNoNonRootMayRunAsRoot() {
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
                    # expect: run-as-root init container "setup" may run as root: no runAsUser is set and runAsNonRoot is not set
                    - name: setup
                      image: busybox:1.36
                  containers:
                    - name: web
                      image: nginx:1.27
                      securityContext:
                        # expect: run-as-root container "web" may run as root: no runAsUser is set and runAsNonRoot is not true
                        runAsNonRoot: false
            """)
        .verify();
  }

  @Test
  void positive_uidZeroFromContainerOrPod() {
    tester
        .yaml("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: tools
            spec:
              securityContext:
                runAsUser: 0
              containers:
                # expect: run-as-root container "inherits" runs as UID 0 (root), set by the pod securityContext
                - name: inherits
                  image: tools:1.0
                - name: own
                  image: tools:1.0
                  securityContext:
                    runAsNonRoot: true
                    # expect: run-as-root runAsNonRoot is true as well, so the kubelet refuses to start it
                    runAsUser: 0
            """)
        .verify();
  }

  @Test
  void positive_containerFieldWinsOverPod() {
    tester
        .yaml("""
            apiVersion: apps/v1
            kind: DaemonSet
            metadata:
              name: agent
            spec:
              selector:
                matchLabels: {app: agent}
              template:
                metadata:
                  labels: {app: agent}
                spec:
                  securityContext:
                    runAsNonRoot: true
                    runAsUser: 10001
                  containers:
                    - name: agent
                      image: agent:1.0
                      securityContext:
                        # expect: run-as-root container "agent" runs as UID 0
                        runAsUser: 0
                    - name: helper
                      image: helper:1.0
                      securityContext:
                        runAsUser: 2000
            """)
        .verify();
  }

  @Test
  void positive_quotedTrueIsNotABoolean() {
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
                  securityContext:
                    # expect: run-as-root runAsNonRoot is the string "true", not a boolean
                    runAsNonRoot: "true"
            """)
        .verify();
  }

  @Test
  void negative_nonRootOrNonZeroUidAtEitherLevel() {
    tester
        .yaml("""
            apiVersion: batch/v1
            kind: CronJob
            metadata:
              name: report
            spec:
              schedule: "@daily"
              jobTemplate:
                spec:
                  template:
                    spec:
                      restartPolicy: Never
                      securityContext:
                        runAsNonRoot: yes
                      containers:
                        - name: report
                          image: report:1.0
                        - name: uid-only
                          image: report:1.0
                          securityContext:
                            runAsNonRoot: false
                            runAsUser: 1000
            """)
        .yaml("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              securityContext:
                runAsUser: 65532
              containers:
                - name: web
                  image: nginx:1.27
            """)
        .verify();
  }

  @Test
  void negative_windowsEphemeralAndNonIntegerUids() {
    tester
        .yaml("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: win
            spec:
              os:
                name: windows
              containers:
                - name: app
                  image: app:1.0-windows
            """)
        .yaml("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              securityContext: {runAsNonRoot: true}
              containers:
                - name: web
                  image: nginx:1.27
                - name: odd
                  image: nginx:1.27
                  securityContext: {runAsUser: "0"}
              ephemeralContainers:
                - name: debugger
                  image: busybox:1.36
                  securityContext: {runAsUser: 0}
            """)
        .verify();
  }

  @Test
  void oddInputDoesNotThrow() {
    OddInput.auditsQuietly(new RunAsRoot());
  }
}
