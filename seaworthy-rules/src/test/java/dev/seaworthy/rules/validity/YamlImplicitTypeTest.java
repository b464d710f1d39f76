package dev.seaworthy.rules.validity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.rule.PatchOp;
import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class YamlImplicitTypeTest {

  private final RuleTester tester = RuleTester.forRule(new YamlImplicitType());

  @Test
  void positive_everyPlaceThatMustHoldAString() {
    tester
        .yaml("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: api
              labels:
                app: api
                # expect: yaml-implicit-type label "version" is written 1.0 without quotes, which Kubernetes reads as a number
                version: 1.0
              annotations:
                # expect: yaml-implicit-type annotation "prometheus.io/scrape" is written true without quotes, which Kubernetes reads as a boolean
                prometheus.io/scrape: true
                # expect: yaml-implicit-type annotation "prometheus.io/port" is written 9090 without quotes, which Kubernetes reads as an integer
                prometheus.io/port: 9090
            spec:
              selector:
                matchLabels: {app: api}
              template:
                metadata:
                  labels:
                    app: api
                    # expect: yaml-implicit-type pod template label "canary" is written no
                    canary: no
                spec:
                  nodeSelector:
                    # expect: yaml-implicit-type nodeSelector "dedicated" is written on
                    dedicated: on
                  containers:
                    - name: api
                      image: example/api:2.1.0
                      # expect: yaml-implicit-type container "api" command[1] is written 0755
                      command: [chmod, 0755, /data]
                      args:
                        - --port
                        # expect: yaml-implicit-type container "api" args[1] is written 8080
                        - 8080
                      env:
                        - name: FEATURE_X
                          # expect: yaml-implicit-type container "api" env "FEATURE_X" value is written yes without quotes, which Kubernetes reads as a boolean, not a string: quote it ("yes")
                          value: yes
                        # expect: yaml-implicit-type env "RATIO" value is written 0.5
                        - {name: RATIO, value: 0.5}
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: settings
            data:
              # expect: yaml-implicit-type ConfigMap data key "cache" is written off
              cache: off
              # expect: yaml-implicit-type ConfigMap data key "workers"
              workers: 4
            ---
            apiVersion: batch/v1
            kind: CronJob
            metadata:
              name: nightly
            spec:
              schedule: "0 3 * * *"
              jobTemplate:
                metadata:
                  labels:
                    # expect: yaml-implicit-type job template label "critical" is written Y
                    critical: Y
                spec:
                  template:
                    spec:
                      restartPolicy: OnFailure
                      containers:
                        - name: job
                          image: example/job:1.0.0
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: bare
              labels:
                # expect: yaml-implicit-type label "tier"
                tier: 1
            spec:
              containers:
                - name: bare
                  image: example/bare:1.0.0
            """)
        .verify();
  }

  @Test
  void negative_quotedNullTaggedBlockAndNonStringFields() {
    tester
        .yaml("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: api
              labels:
                version: "1.0"
                release: v1.2.3
                semver: 1.2.3
                empty:
              annotations:
                enabled: 'true'
                tagged: !!str yes
                script: |
                  yes
            spec:
              replicas: 3
              selector:
                matchLabels: {app: api}
              template:
                metadata:
                  labels: {app: api}
                spec:
                  terminationGracePeriodSeconds: 30
                  containers:
                    - name: api
                      image: example/api:2.1.0
                      command: ["sh", "-c", "exec api"]
                      ports:
                        - containerPort: 8080
                      env:
                        - {name: FEATURE_X, value: "yes"}
                        - {name: EMPTY, value: ~}
                        - name: FROM_REF
                          valueFrom:
                            fieldRef: {fieldPath: metadata.name}
                      securityContext:
                        runAsNonRoot: true
            ---
            apiVersion: v1
            kind: Secret
            metadata:
              name: not-a-configmap
            stringData:
              flag: "yes"
            data:
              raw: eWVz
            """)
        .verify();
  }

  @Test
  void fixQuotesTheTextAsWritten() {
    var findings = tester.findings("""
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
          annotations:
            prometheus.io/scrape: true
        spec:
          containers:
            - name: a
              image: example/a:1.0.0
              env:
                - {name: MODE, value: 0755}
        """);
    assertThat(findings).hasSize(2);
    assertThat(findings.get(0).fixes().get(0).ops()).containsExactly(PatchOp.replace("/metadata/annotations/prometheus.io~1scrape", "true"));
    assertThat(findings.get(1).fixes().get(0).ops()).containsExactly(PatchOp.replace("/spec/containers/0/env/0/value", "0755"));
  }
}
