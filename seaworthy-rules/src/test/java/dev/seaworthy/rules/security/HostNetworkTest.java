package dev.seaworthy.rules.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.rule.PatchOp;
import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class HostNetworkTest {

  private final RuleTester tester = RuleTester.forRule(new HostNetwork());

  @Test
  void positive_everyPodBearingKind() {
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
                  # expect: host-network pod uses the node's network namespace (hostNetwork: true)
                  hostNetwork: true
                  containers:
                    - name: agent
                      image: agent:1.0
            """)
        .yaml("""
            apiVersion: batch/v1
            kind: CronJob
            metadata:
              name: nightly
            spec:
              schedule: "0 3 * * *"
              jobTemplate:
                spec:
                  template:
                    spec:
                      restartPolicy: OnFailure
                      # expect: host-network
                      hostNetwork: yes
                      containers:
                        - name: job
                          image: job:1.0
            """)
        .yaml("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: debug
            spec:
              # expect: host-network
              hostNetwork: True
              containers:
                - name: shell
                  image: busybox:1.36
            """)
        .verify();
  }

  @Test
  void negative_unsetFalseAndQuotedString() {
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
                  hostNetwork: false
                  containers:
                    - name: web
                      image: nginx:1.27
            """)
        .yaml("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: quoted
            spec:
              hostNetwork: "true"
              containers:
                - name: web
                  image: nginx:1.27
            """)
        .yaml("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: plain
            spec:
              containers:
                - name: web
                  image: nginx:1.27
            """)
        .verify();
  }

  @Test
  void fixTurnsItOff() {
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
              hostNetwork: true
              containers:
                - name: a
                  image: nginx:1.27
        """);
    assertThat(findings).singleElement().satisfies(f ->
        assertThat(f.fixes().get(0).ops()).containsExactly(PatchOp.replace("/spec/template/spec/hostNetwork", false)));
  }

  @Test
  void oddInputDoesNotThrow() {
    OddInput.auditsQuietly(new HostNetwork());
  }
}
