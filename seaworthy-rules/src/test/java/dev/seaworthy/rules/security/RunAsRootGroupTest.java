package dev.seaworthy.rules.security;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class RunAsRootGroupTest {

  private final RuleTester tester = RuleTester.forRule(new RunAsRootGroup());

  @Test
  void positive_podAndContainerGroupsFsGroupAndSupplementalGroups() {
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
                    # expect: run-as-root-group pod securityContext sets runAsGroup: 0, the root group, for init container "init", container "db"
                    runAsGroup: 0
                    # expect: run-as-root-group fsGroup: 0
                    fsGroup: 0
                    # expect: run-as-root-group supplementalGroups
                    supplementalGroups: [2000, 0]
                  initContainers:
                    - name: init
                      image: busybox:1.36
                  containers:
                    - name: db
                      image: postgres:16
                    - name: exporter
                      image: exporter:1.0
                      securityContext:
                        runAsGroup: 3000
            """)
        .yaml("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              securityContext:
                runAsGroup: 1000
              containers:
                - name: web
                  image: nginx:1.27
                  securityContext:
                    # expect: run-as-root-group container "web" runs with runAsGroup: 0
                    runAsGroup: 0
            """)
        .verify();
  }

  @Test
  void negative_unsetNonZeroOverriddenAndQuoted() {
    tester
        .yaml("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              securityContext:
                runAsGroup: 0
                fsGroup: 2000
              containers:
                - name: web
                  image: nginx:1.27
                  securityContext:
                    runAsGroup: 1000
                - name: quoted
                  image: nginx:1.27
                  securityContext:
                    runAsGroup: "0"
            """)
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
                  containers:
                    - name: api
                      image: api:1.0
            """)
        .verify();
  }

  @Test
  void negative_windowsPods() {
    tester
        .yaml("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: win
            spec:
              os: {name: windows}
              securityContext:
                fsGroup: 0
              containers:
                - name: app
                  image: app:1.0-windows
            """)
        .verify();
  }

  @Test
  void oddInputDoesNotThrow() {
    OddInput.auditsQuietly(new RunAsRootGroup());
  }
}
