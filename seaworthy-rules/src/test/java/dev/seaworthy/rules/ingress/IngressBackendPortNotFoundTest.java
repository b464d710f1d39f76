package dev.seaworthy.rules.ingress;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class IngressBackendPortNotFoundTest {

  private final RuleTester tester = RuleTester.forRule(new IngressBackendPortNotFound());

  @Test
  void positive_numberNameAndLegacyPort() {
    tester
        .yaml("""
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: api
              namespace: shop
            spec:
              rules:
                - host: api.example.com
                  http:
                    paths:
                      - path: /
                        pathType: Prefix
                        backend:
                          service:
                            name: api
                            port:
                              # expect: ingress-backend-port-not-found backend Service "api" has no port 8080; it declares port 80 ("http"), 9090 ("metrics")
                              number: 8080
                      - path: /admin
                        pathType: Prefix
                        backend:
                          service:
                            name: api
                            port:
                              # expect: ingress-backend-port-not-found backend Service "api" has no port "admin"
                              name: admin
                      - path: /again
                        pathType: Prefix
                        backend:
                          service:
                            name: api
                            port:
                              number: 8080
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: api
              namespace: shop
            spec:
              selector: {app: api}
              ports:
                - {name: http, port: 80, targetPort: 8080}
                - {name: metrics, port: 9090}
            """)
        .yaml("""
            apiVersion: networking.k8s.io/v1beta1
            kind: Ingress
            metadata:
              name: legacy
            spec:
              backend:
                serviceName: web
                # expect: ingress-backend-port-not-found backend Service "web" has no port 8080
                servicePort: 8080
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: web
            spec:
              ports: [{port: 80}]
            """)
        .verify();
  }

  @Test
  void negative_fixedGuideMatchingPortsAndUnjudgedServices() {
    tester
        .yaml(AlbFixtures.FIXED)
        .yaml(AlbFixtures.GUIDE)
        .yaml("""
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: web
            spec:
              rules:
                - http:
                    paths:
                      - path: /
                        pathType: Prefix
                        backend:
                          service: {name: web, port: {name: http}}
                      - path: /raw
                        pathType: Prefix
                        backend:
                          service: {name: web, port: {number: 80}}
                      - path: /ext
                        pathType: Prefix
                        backend:
                          service: {name: partner, port: {number: 443}}
                      - path: /missing
                        pathType: Prefix
                        backend:
                          service: {name: not-here, port: {number: 1234}}
                      - path: /quoted
                        pathType: Prefix
                        backend:
                          service: {name: web, port: {number: "8080"}}
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: web}
            spec:
              ports: [{name: http, port: 80, targetPort: 8080}]
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: partner}
            spec:
              type: ExternalName
              externalName: api.partner.example.com
            """)
        .verify();
  }

  @Test
  void negative_peerFalsePositive_albActionBackend() {
    tester
        .yaml("""
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: redirects
              annotations:
                alb.ingress.kubernetes.io/actions.ssl-redirect: '{"Type": "redirect", "RedirectConfig": {"Protocol": "HTTPS", "Port": "443", "StatusCode": "HTTP_301"}}'
            spec:
              ingressClassName: alb
              defaultBackend:
                service: {name: ssl-redirect, port: {name: use-annotation}}
            ---
            # a Service that happens to share the action's name is not the backend
            apiVersion: v1
            kind: Service
            metadata: {name: ssl-redirect}
            spec:
              ports: [{name: https, port: 443}]
            """)
        .verify();
  }
}
