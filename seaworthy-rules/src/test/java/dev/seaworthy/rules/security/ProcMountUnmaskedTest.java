package dev.seaworthy.rules.security;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class ProcMountUnmaskedTest {

  private final RuleTester tester = RuleTester.forRule(new ProcMountUnmasked());

  @Test
  void positive_unmaskedInRegularAndInitContainers() {
    tester
        .yaml("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: builder
            spec:
              selector:
                matchLabels: {app: builder}
              template:
                metadata:
                  labels: {app: builder}
                spec:
                  hostUsers: false
                  initContainers:
                    - name: prepare
                      image: builder:1.0
                      securityContext:
                        # expect: proc-mount-unmasked init container "prepare" sets procMount: Unmasked
                        procMount: Unmasked
                  containers:
                    - name: build
                      image: builder:1.0
                      # expect: proc-mount-unmasked container "build"
                      securityContext: {procMount: Unmasked}
            """)
        .verify();
  }

  @Test
  void negative_defaultUnsetOtherCaseWindowsAndEphemeral() {
    tester
        .yaml("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              containers:
                - name: a
                  image: nginx:1.27
                  securityContext: {procMount: Default}
                - name: b
                  image: nginx:1.27
                - name: c
                  image: nginx:1.27
                  securityContext: {procMount: unmasked}
              ephemeralContainers:
                - name: debug
                  image: busybox:1.36
                  securityContext: {procMount: Unmasked}
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
                  securityContext: {procMount: Unmasked}
            """)
        .verify();
  }

  @Test
  void oddInputDoesNotThrow() {
    OddInput.auditsQuietly(new ProcMountUnmasked());
  }
}
