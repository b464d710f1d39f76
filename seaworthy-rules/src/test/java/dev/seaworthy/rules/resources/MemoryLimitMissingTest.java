package dev.seaworthy.rules.resources;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class MemoryLimitMissingTest {

  private final RuleTester tester = RuleTester.forRule(new MemoryLimitMissing());

  @Test
  void positive_requestOnlyAndDefaultRequestOnlyLimitRange() {
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
                    memory: 128Mi
                  min:
                    memory: 64Mi
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: api
              namespace: prod
            spec:
              selector:
                matchLabels: {app: api}
              template:
                metadata:
                  labels: {app: api}
                spec:
                  initContainers:
                    # expect: memory-limit-missing init container "migrate" sets no memory limit
                    - name: migrate
                      image: example.com/migrate:1.0
                  containers:
                    - name: api
                      image: example.com/api:1.0
                      # expect: memory-limit-missing container "api"
                      resources:
                        requests:
                          memory: 256Mi
                        limits:
                          cpu: "1"
            """)
        .yaml("""
            apiVersion: v1
            kind: LimitRange
            metadata:
              name: elsewhere
              namespace: staging
            spec:
              limits:
                - type: Container
                  default:
                    memory: 512Mi
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: p
              namespace: prod
            spec:
              resources:
                requests:
                  memory: 1Gi
              containers:
                # expect: memory-limit-missing namespace "prod"
                - name: app
                  image: example.com/app:1.0
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
                      memory: "536870912"
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
                  max:
                    memory: 2Gi
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: p
              namespace: prod
            spec:
              initContainers:
                - name: sidecar
                  image: example.com/sidecar:1.0
                  restartPolicy: Always
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
                  memory: 1Gi
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
