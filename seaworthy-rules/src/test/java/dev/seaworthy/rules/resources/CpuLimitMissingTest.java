package dev.seaworthy.rules.resources;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.rule.RuleMeta;
import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class CpuLimitMissingTest {

  private final RuleTester tester = RuleTester.forRule(new CpuLimitMissing());

  @Test
  void offByDefault() {
    assertThat(RuleMeta.of(CpuLimitMissing.class).enabledByDefault()).isFalse();
  }

  @Test
  void positive_noCpuLimitEvenWithRequest() {
    tester
        .yaml("""
            apiVersion: v1
            kind: LimitRange
            metadata:
              name: requests-only
              namespace: prod
            spec:
              limits:
                - type: Container
                  defaultRequest:
                    cpu: 100m
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: p
              namespace: prod
            spec:
              initContainers:
                # expect: cpu-limit-missing init container "proxy" sets no CPU limit
                - name: proxy
                  image: example.com/proxy:1.0
                  restartPolicy: Always
              containers:
                - name: app
                  image: example.com/app:1.0
                  # expect: cpu-limit-missing container "app"
                  resources:
                    requests:
                      cpu: 500m
            """)
        .verify();
  }

  @Test
  void negative_limitWrittenDefaultedOrPodLevel() {
    tester
        .yaml("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: p
            spec:
              containers:
                - name: app
                  image: example.com/app:1.0
                  resources:
                    limits:
                      cpu: 0.5
            """)
        .yaml("""
            apiVersion: v1
            kind: LimitRange
            metadata:
              name: caps
              namespace: prod
            spec:
              limits:
                - type: Container
                  default:
                    cpu: "1"
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: p
              namespace: prod
            spec:
              containers:
                - name: app
                  image: example.com/app:1.0
            """)
        .yaml("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: pod-level
            spec:
              resources:
                limits:
                  cpu: "2"
              containers:
                - name: app
                  image: example.com/app:1.0
              ephemeralContainers:
                - name: debug
                  image: busybox:1.36
            """)
        .verify();
  }
}
