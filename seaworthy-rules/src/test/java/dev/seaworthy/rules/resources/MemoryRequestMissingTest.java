package dev.seaworthy.rules.resources;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class MemoryRequestMissingTest {

  private final RuleTester tester = RuleTester.forRule(new MemoryRequestMissing());

  @Test
  void positive_containersWithoutMemoryRequest() {
    tester
        .yaml("""
            apiVersion: batch/v1
            kind: CronJob
            metadata:
              name: report
              namespace: jobs
            spec:
              schedule: "0 3 * * *"
              jobTemplate:
                spec:
                  template:
                    spec:
                      restartPolicy: OnFailure
                      initContainers:
                        # expect: memory-request-missing init container "log-shipper" sets no memory request
                        - name: log-shipper
                          image: example.com/shipper:2.0
                          restartPolicy: Always
                      containers:
                        - name: report
                          image: example.com/report:1.0
                          # expect: memory-request-missing container "report"
                          resources:
                            requests:
                              cpu: 100m
                            limits:
                              cpu: 100m
            """)
        .yaml("""
            apiVersion: v1
            kind: LimitRange
            metadata:
              name: cpu-only
              namespace: jobs
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
              namespace: jobs
            spec:
              # pod-level requests for another resource do not cover memory
              resources:
                requests:
                  cpu: "1"
              containers:
                # expect: memory-request-missing
                - name: app
                  image: example.com/app:1.0
            """)
        .verify();
  }

  @Test
  void negative_limitOnlyLimitRangeAndPodLevel() {
    tester
        .yaml("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: limit-only
            spec:
              containers:
                - name: app
                  image: example.com/app:1.0
                  resources:
                    limits:
                      memory: 1e3
                - name: big
                  image: example.com/app:1.0
                  resources:
                    requests:
                      memory: 1e9
            """)
        .yaml("""
            apiVersion: v1
            kind: LimitRange
            metadata:
              name: mem
              namespace: apps
            spec:
              limits:
                - type: Container
                  default:
                    memory: 512Mi
            ---
            apiVersion: apps/v1
            kind: DaemonSet
            metadata:
              name: agent
              namespace: apps
            spec:
              selector:
                matchLabels: {app: agent}
              template:
                metadata:
                  labels: {app: agent}
                spec:
                  initContainers:
                    - name: setup
                      image: example.com/setup:1.0
                  containers:
                    - name: agent
                      image: example.com/agent:1.0
            """)
        .yaml("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: pod-level
            spec:
              resources:
                requests:
                  memory: 256Mi
              containers:
                - name: a
                  image: example.com/app:1.0
              ephemeralContainers:
                - name: debug
                  image: busybox:1.36
            """)
        .verify();
  }
}
