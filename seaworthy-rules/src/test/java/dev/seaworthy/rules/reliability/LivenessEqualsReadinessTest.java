package dev.seaworthy.rules.reliability;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class LivenessEqualsReadinessTest {

  private final RuleTester tester = RuleTester.forRule(new LivenessEqualsReadiness());

  @Test
  void positive_identicalProbesIncludingExplicitDefaults() {
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
                  containers:
                    - name: api
                      image: example/api:2.1.0
                      readinessProbe:
                        httpGet:
                          path: /health
                          port: http
                        periodSeconds: 5
                      # expect: liveness-equals-readiness container "api" has a livenessProbe identical
                      livenessProbe:
                        httpGet:
                          port: http
                          path: /health
                          scheme: HTTP
                        periodSeconds: 5
                        failureThreshold: 3
                        timeoutSeconds: 1
                    - name: sidecar
                      image: example/sidecar:1.0.0
                      readinessProbe:
                        tcpSocket: {port: 9000}
                      # expect: liveness-equals-readiness container "sidecar"
                      livenessProbe:
                        tcpSocket: {port: 9000}
                        terminationGracePeriodSeconds: 10
            """)
        .verify();
  }

  @Test
  void negative_probesThatDiffer() {
    tester
        .yaml("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: api
            spec:
              containers:
                - name: threshold
                  image: example/api:2.1.0
                  readinessProbe:
                    httpGet: {path: /health, port: 8080}
                  livenessProbe:
                    httpGet: {path: /health, port: 8080}
                    failureThreshold: 6
                - name: path
                  image: example/api:2.1.0
                  readinessProbe:
                    httpGet: {path: /ready, port: 8080}
                  livenessProbe:
                    httpGet: {path: /live, port: 8080}
                - name: handler
                  image: example/api:2.1.0
                  readinessProbe:
                    httpGet: {path: /health, port: 8080}
                  livenessProbe:
                    tcpSocket: {port: 8080}
                - name: scheme
                  image: example/api:2.1.0
                  readinessProbe:
                    httpGet: {path: /health, port: 8443, scheme: HTTPS}
                  livenessProbe:
                    httpGet: {path: /health, port: 8443}
                - name: exec
                  image: example/api:2.1.0
                  readinessProbe:
                    exec: {command: [check, --ready]}
                  livenessProbe:
                    exec: {command: [check, --live]}
                - name: period
                  image: example/api:2.1.0
                  readinessProbe:
                    tcpSocket: {port: 8080}
                    periodSeconds: 10
                  livenessProbe:
                    tcpSocket: {port: 8080}
                    periodSeconds: 20
                - name: only-liveness
                  image: example/api:2.1.0
                  livenessProbe:
                    tcpSocket: {port: 8080}
                - name: no-handler
                  image: example/api:2.1.0
                  readinessProbe: {periodSeconds: 5}
                  livenessProbe: {periodSeconds: 5}
                - name: odd-values
                  image: example/api:2.1.0
                  readinessProbe:
                    tcpSocket: {port: 8080}
                    periodSeconds: ten
                  livenessProbe:
                    tcpSocket: {port: 8080}
                    periodSeconds: ten
            """)
        .verify();
  }
}
