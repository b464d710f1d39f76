package dev.seaworthy.rules.reliability;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class ProbePortNotExposedTest {

  private final RuleTester tester = RuleTester.forRule(new ProbePortNotExposed());

  @Test
  void positive_undeclaredNamedPorts_numericPortsAreNotJudged() {
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
                      ports:
                        - name: http
                          containerPort: 8080
                        - containerPort: 9090
                      readinessProbe:
                        # expect: probe-port-not-exposed container "api" readinessProbe (httpGet) uses port "web", which the container does not declare
                        httpGet: {path: /ready, port: web}
                      livenessProbe:
                        tcpSocket:
                          # a separate admin port works whether declared or not
                          port: 8081
                      startupProbe:
                        httpGet: {path: /started, port: "7070"}
                    - name: no-ports
                      image: example/worker:1.0.0
                      livenessProbe:
                        # expect: probe-port-not-exposed container "no-ports" livenessProbe (tcpSocket) uses port "metrics"
                        tcpSocket: {port: metrics}
            """)
        .verify();
  }

  @Test
  void negative_declaredPortsAndNumericPortsWithoutDeclarations() {
    tester
        .yaml("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: node-agent
            spec:
              hostNetwork: true
              containers:
                - name: by-name
                  image: example/api:2.1.0
                  ports:
                    - {name: http, containerPort: 8080}
                    - {name: grpc, containerPort: 9000}
                  readinessProbe:
                    httpGet: {path: /ready, port: http}
                  livenessProbe:
                    grpc: {port: 9000}
                  startupProbe:
                    httpGet: {path: /started, port: "8080"}
                - name: undeclared-numeric
                  image: example/agent:1.0.0
                  livenessProbe:
                    httpGet: {path: /healthz, port: 10256}
                  readinessProbe:
                    exec: {command: [cat, /tmp/ready]}
                - name: no-port-field
                  image: example/agent:1.0.0
                  ports:
                    - {name: http, containerPort: 8080}
                  livenessProbe:
                    httpGet: {path: /healthz}
            """)
        .verify();
  }
}
