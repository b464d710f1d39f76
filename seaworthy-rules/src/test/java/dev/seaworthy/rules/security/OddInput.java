package dev.seaworthy.rules.security;

import static org.assertj.core.api.Assertions.assertThatCode;

import dev.seaworthy.core.rule.Rule;
import dev.seaworthy.core.testing.RuleTester;

/** Manifests with wrong types everywhere: rules must return quietly, never throw. */
final class OddInput {

  private OddInput() {}

  static final String YAML = """
      apiVersion: v1
      kind: Pod
      metadata:
        name: odd
        annotations: oops
      spec:
        os: windows-ish
        hostNetwork: [true]
        serviceAccount: {name: x}
        automountServiceAccountToken: "false"
        securityContext:
          runAsUser: root
          runAsGroup: {gid: 0}
          fsGroup: "0"
          supplementalGroups: 0
          sysctls: kernel.msgmax
          seccompProfile: RuntimeDefault
          windowsOptions: yes
        volumes:
          - just-a-string
          - name: h
            hostPath: /etc
          - name: h2
            hostPath: {path: [/etc]}
        containers:
          - a-scalar-container
          - name: weird
            image: weird:1.0
            env: FOO=bar
            ports: 80
            volumeMounts: {name: h}
            securityContext:
              capabilities: [SYS_ADMIN]
              seccompProfile: {type: [Unconfined]}
              procMount: [Unmasked]
          - name: weirder
            securityContext: privileged
            env:
              - PASSWORD=x
              - name: TOKEN
                value: {nested: true}
            ports:
              - 8080
              - {hostPort: big}
      ---
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: empty}
      spec:
        template:
          spec: {}
      ---
      apiVersion: v1
      kind: Pod
      metadata: {name: null-spec}
      spec:
        securityContext:
        containers:
          - name: c
            securityContext:
      """;

  static void auditsQuietly(Rule rule) {
    assertThatCode(() -> RuleTester.forRule(rule).findings(YAML)).doesNotThrowAnyException();
  }
}
