package dev.seaworthy.rules.security;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class DangerousCapabilityAddedTest {

  private final RuleTester tester = RuleTester.forRule(new DangerousCapabilityAdded());

  @Test
  void positive_oneFindingPerOffendingItem() {
    tester
        .yaml("""
            apiVersion: apps/v1
            kind: DaemonSet
            metadata:
              name: cni
            spec:
              selector:
                matchLabels: {app: cni}
              template:
                metadata:
                  labels: {app: cni}
                spec:
                  initContainers:
                    - name: install
                      image: cni:1.0
                      securityContext:
                        capabilities:
                          add:
                            # expect: dangerous-capability-added init container "install" adds capability SYS_ADMIN (close to full root
                            - CAP_SYS_ADMIN
                            - CHOWN
                  containers:
                    - name: agent
                      image: cni:1.0
                      securityContext:
                        capabilities:
                          add:
                            # expect: dangerous-capability-added adds capability NET_ADMIN
                            - net_admin
                            # expect: dangerous-capability-added adds capability NET_RAW
                            - NET_RAW
                            - NET_BIND_SERVICE
                            # expect: dangerous-capability-added adds capability ALL (every capability
                            - ALL
            """)
        .yaml("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: perf
            spec:
              containers:
                - name: perf
                  image: perf:1.0
                  securityContext:
                    # expect: dangerous-capability-added PERFMON
                    # expect: dangerous-capability-added SYS_PTRACE
                    capabilities: {add: [PERFMON, SYS_PTRACE]}
            """)
        .verify();
  }

  @Test
  void negative_baselineSetWithAnySpelling() {
    tester
        .yaml("""
            apiVersion: batch/v1
            kind: Job
            metadata:
              name: once
            spec:
              template:
                spec:
                  restartPolicy: Never
                  containers:
                    - name: job
                      image: job:1.0
                      securityContext:
                        capabilities:
                          drop: [ALL]
                          add: [NET_BIND_SERVICE, cap_chown, Setuid, SETGID, KILL, AUDIT_WRITE, SYS_CHROOT]
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
                  securityContext:
                    capabilities: {add: [SYS_ADMIN]}
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
              ephemeralContainers:
                - name: debug
                  image: busybox:1.36
                  securityContext:
                    capabilities: {add: [SYS_PTRACE]}
            """)
        .verify();
  }

  @Test
  void oddInputDoesNotThrow() {
    OddInput.auditsQuietly(new DangerousCapabilityAdded());
  }
}
