package dev.seaworthy.rules.validity;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class DuplicateContainerPortNameTest {

  private final RuleTester tester = RuleTester.forRule(new DuplicateContainerPortName());

  @Test
  void positive_repeatedPortName() {
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
                        - containerPort: 8443
                          protocol: TCP
                        # expect: duplicate-container-port-name container "api" declares port name "http" twice (first at line 16)
                        - containerPort: 9090
                          name: http
            """)
        .verify();
  }

  @Test
  void negative_unnamedOrAcrossContainers() {
    tester
        .yaml("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: api
            spec:
              containers:
                - name: api
                  image: example/api:2.1.0
                  ports:
                    - containerPort: 8080
                    - containerPort: 8080
                      protocol: UDP
                    - {name: metrics, containerPort: 9090}
                - name: sidecar
                  image: example/sidecar:1.0.0
                  ports:
                    - {name: metrics, containerPort: 9091}
            """)
        .verify();
  }
}
