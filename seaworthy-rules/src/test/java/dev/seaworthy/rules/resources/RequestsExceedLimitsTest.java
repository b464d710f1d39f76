package dev.seaworthy.rules.resources;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class RequestsExceedLimitsTest {

  private final RuleTester tester = RuleTester.forRule(new RequestsExceedLimits());

  @Test
  void positive_comparedByValueAcrossUnits() {
    tester
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
                  initContainers:
                    - name: sidecar
                      image: example.com/proxy:1.0
                      restartPolicy: Always
                      resources:
                        requests:
                          # expect: requests-exceed-limits init container "sidecar" requests memory 1Gi, more than its limit of 1G
                          memory: 1Gi
                        limits:
                          memory: 1G
                  containers:
                    - name: api
                      image: example.com/api:1.0
                      resources:
                        requests:
                          # expect: requests-exceed-limits container "api" requests cpu 1.5
                          cpu: 1.5
                          memory: 256Mi
                          # expect: requests-exceed-limits ephemeral-storage
                          ephemeral-storage: 1e3
                        limits:
                          cpu: 1000m
                          memory: 256Mi
                          ephemeral-storage: "999"
            """)
        .verify();
  }

  @Test
  void negative_equalSmallerOneSidedInvalidAndEphemeral() {
    tester
        .yaml("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: p
            spec:
              containers:
                - name: equal
                  image: example.com/app:1.0
                  resources:
                    requests: {cpu: "1", memory: 1024Mi}
                    limits: {cpu: 1000m, memory: 1Gi}
                - name: smaller
                  image: example.com/app:1.0
                  resources:
                    requests: {cpu: 0.5, memory: "1e3"}
                    limits: {cpu: "1", memory: 1k}
                - name: request-only
                  image: example.com/app:1.0
                  resources:
                    requests: {cpu: "64", nvidia.com/gpu: 1}
                    limits: {memory: 1Gi}
                - name: invalid-is-another-rule
                  image: example.com/app:1.0
                  resources:
                    requests: {cpu: 2 cores, memory: -1Gi}
                    limits: {cpu: "1", memory: -2Gi}
                - name: odd
                  image: example.com/app:1.0
                  resources:
                    requests: [cpu]
                    limits: "1"
            """)
        .verify();
  }
}
