package dev.seaworthy.rules.security;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class HostPortTest {

  private final RuleTester tester = RuleTester.forRule(new HostPort());

  @Test
  void positive_onePerPortItem() {
    tester
        .yaml("""
            apiVersion: apps/v1
            kind: DaemonSet
            metadata:
              name: ingress
            spec:
              selector:
                matchLabels: {app: ingress}
              template:
                metadata:
                  labels: {app: ingress}
                spec:
                  containers:
                    - name: proxy
                      image: proxy:1.0
                      ports:
                        - containerPort: 80
                          # expect: host-port container "proxy" binds host port 80
                          hostPort: 80
                        - containerPort: 443
                          # expect: host-port binds host port 8443
                          hostPort: 8443
                        - containerPort: 9090
            """)
        .yaml("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: bare
            spec:
              initContainers:
                - name: init
                  image: init:1.0
                  # expect: host-port init container "init" binds host port 5000
                  ports: [{containerPort: 5000, hostPort: 5000}]
              containers:
                - name: app
                  image: app:1.0
            """)
        .verify();
  }

  @Test
  void negative_zeroUnsetQuotedAndHostNetwork() {
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
                  containers:
                    - name: web
                      image: nginx:1.27
                      ports:
                        - containerPort: 80
                        - containerPort: 81
                          hostPort: 0
                        - containerPort: 82
                          hostPort: "8082"
            """)
        .yaml("""
            apiVersion: apps/v1
            kind: DaemonSet
            metadata:
              name: node-agent
            spec:
              selector:
                matchLabels: {app: node-agent}
              template:
                metadata:
                  labels: {app: node-agent}
                spec:
                  hostNetwork: true
                  containers:
                    - name: agent
                      image: agent:1.0
                      ports:
                        - containerPort: 9100
                          hostPort: 9100
            """)
        .verify();
  }

  @Test
  void oddInputDoesNotThrow() {
    OddInput.auditsQuietly(new HostPort());
  }
}
