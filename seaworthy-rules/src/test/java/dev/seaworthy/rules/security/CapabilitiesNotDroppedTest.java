package dev.seaworthy.rules.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.rule.PatchOp;
import dev.seaworthy.core.testing.RuleTester;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CapabilitiesNotDroppedTest {

  private final RuleTester tester = RuleTester.forRule(new CapabilitiesNotDropped());

  @Test
  void positive_noDropListPartialDropAndAddOnly() {
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
                    # expect: capabilities-not-dropped init container "setup" does not drop capabilities
                    - name: setup
                      image: busybox:1.36
                  containers:
                    - name: web
                      image: nginx:1.27
                      securityContext:
                        capabilities:
                          # expect: capabilities-not-dropped container "web" drops some capabilities but not ALL
                          drop: [NET_RAW, MKNOD]
                    - name: adds
                      image: nginx:1.27
                      securityContext:
                        # expect: capabilities-not-dropped container "adds" does not drop capabilities
                        capabilities:
                          add: [NET_BIND_SERVICE]
            """)
        .verify();
  }

  @Test
  void negative_allInAnyCase() {
    tester
        .yaml("""
            apiVersion: batch/v1
            kind: CronJob
            metadata:
              name: nightly
            spec:
              schedule: "0 1 * * *"
              jobTemplate:
                spec:
                  template:
                    spec:
                      restartPolicy: OnFailure
                      containers:
                        - name: a
                          image: job:1.0
                          securityContext:
                            capabilities: {drop: [ALL]}
                        - name: b
                          image: job:1.0
                          securityContext:
                            capabilities:
                              drop:
                                - NET_RAW
                                - all
                              add: [NET_BIND_SERVICE]
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
              ephemeralContainers: []
            """)
        .verify();
  }

  @Test
  void fixCreatesOrAppends() {
    var findings = tester.findings("""
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: a
              image: nginx:1.27
            - name: b
              image: nginx:1.27
              securityContext:
                capabilities: {add: [CHOWN]}
            - name: c
              image: nginx:1.27
              securityContext:
                capabilities: {drop: [NET_RAW, MKNOD]}
        """);
    assertThat(findings).hasSize(3);
    assertThat(findings.get(0).fixes().get(0).ops())
        .containsExactly(PatchOp.add("/spec/containers/0/securityContext", Map.of("capabilities", Map.of("drop", List.of("ALL")))));
    assertThat(findings.get(1).fixes().get(0).ops())
        .containsExactly(PatchOp.add("/spec/containers/1/securityContext/capabilities/drop", List.of("ALL")));
    assertThat(findings.get(2).fixes().get(0).ops())
        .containsExactly(PatchOp.add("/spec/containers/2/securityContext/capabilities/drop/2", "ALL"));
  }

  @Test
  void oddInputDoesNotThrow() {
    OddInput.auditsQuietly(new CapabilitiesNotDropped());
  }
}
