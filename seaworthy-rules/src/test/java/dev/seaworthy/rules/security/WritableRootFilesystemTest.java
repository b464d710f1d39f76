package dev.seaworthy.rules.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.rule.PatchOp;
import dev.seaworthy.core.testing.RuleTester;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WritableRootFilesystemTest {

  private final RuleTester tester = RuleTester.forRule(new WritableRootFilesystem());

  @Test
  void positive_unsetFalseAndQuoted() {
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
                    # expect: writable-root-filesystem init container "setup" has a writable root filesystem (readOnlyRootFilesystem is not set)
                    - name: setup
                      image: busybox:1.36
                  containers:
                    - name: web
                      image: nginx:1.27
                      securityContext:
                        # expect: writable-root-filesystem container "web" sets readOnlyRootFilesystem: false
                        readOnlyRootFilesystem: false
                    - name: quoted
                      image: nginx:1.27
                      securityContext:
                        # expect: writable-root-filesystem readOnlyRootFilesystem is the string "true"
                        readOnlyRootFilesystem: "true"
            """)
        .yaml("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: bare
            spec:
              containers:
                # expect: writable-root-filesystem container "app"
                - name: app
                  image: app:1.0
                  securityContext: {runAsNonRoot: true}
            """)
        .verify();
  }

  @Test
  void negative_trueYesWindowsAndEphemeral() {
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
                    - name: a
                      image: job:1.0
                      securityContext:
                        readOnlyRootFilesystem: true
                    - name: b
                      image: job:1.0
                      securityContext: {readOnlyRootFilesystem: yes}
                  ephemeralContainers:
                    - name: debug
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
  void fixSetsTrue() {
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
              securityContext: {readOnlyRootFilesystem: false}
        """);
    assertThat(findings).hasSize(2);
    assertThat(findings.get(0).fixes().get(0).ops())
        .containsExactly(PatchOp.add("/spec/containers/0/securityContext", Map.of("readOnlyRootFilesystem", true)));
    assertThat(findings.get(1).fixes().get(0).ops())
        .containsExactly(PatchOp.replace("/spec/containers/1/securityContext/readOnlyRootFilesystem", true));
  }

  @Test
  void oddInputDoesNotThrow() {
    OddInput.auditsQuietly(new WritableRootFilesystem());
    // The odd manifest is really audited: its well-formed containers are still judged.
    assertThat(tester.findings(OddInput.YAML)).extracting(f -> f.message())
        .anyMatch(m -> m.startsWith("container \"weird\""))
        .anyMatch(m -> m.startsWith("container \"c\""));
  }
}
