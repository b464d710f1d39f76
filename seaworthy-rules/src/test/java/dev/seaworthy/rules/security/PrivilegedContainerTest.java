package dev.seaworthy.rules.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.rule.PatchOp;
import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class PrivilegedContainerTest {

  private final RuleTester tester = RuleTester.forRule(new PrivilegedContainer());

  @Test
  void positive_everyContainerTypeAndWorkloadKind() {
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
                  initContainers:
                    - name: setup
                      image: busybox:1.36
                      securityContext:
                        # expect: privileged-container init container "setup"
                        privileged: true
                  containers:
                    - name: agent
                      image: agent:1.0
                      securityContext:
                        # expect: privileged-container container "agent" runs privileged
                        privileged: yes
            """)
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
                        - name: job
                          image: job:1.0
                          securityContext:
                            # expect: privileged-container
                            privileged: true
            """)
        .verify();
  }

  @Test
  void negative_unsetFalseAndQuotedString() {
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
                - name: b
                  image: nginx:1.27
                  securityContext:
                    privileged: false
            """)
        .verify();
  }

  @Test
  void fixTurnsItOff() {
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
    assertThat(findings).singleElement().satisfies(f ->
        assertThat(f.fixes().get(0).ops()).containsExactly(PatchOp.replace("/spec/containers/0/securityContext/privileged", false)));
  }
}
