package dev.seaworthy.rules.ingress;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class IngressBackendServiceNotFoundTest {

  private final RuleTester tester = RuleTester.forRule(new IngressBackendServiceNotFound());

  @Test
  void positive_guideIngressRoutesToAServiceTheGuideNeverDefines() {
    tester
        .yaml(AlbFixtures.guideExpecting("name: api-service",
            "ingress-backend-service-not-found backend Service \"api-service\" is not found in the audited input (namespace \"production\")"))
        .verify();
  }

  @Test
  void positive_otherNamespaceDefaultBackendLegacyShapeOncePerService() {
    tester
        .yaml("""
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: shop
              namespace: shop
            spec:
              ingressClassName: nginx
              defaultBackend:
                service:
                  # expect: ingress-backend-service-not-found backend Service "fallback" is not found in the audited input
                  name: fallback
                  port: {number: 80}
              rules:
                - host: shop.example.com
                  http:
                    paths:
                      - path: /api
                        pathType: Prefix
                        backend:
                          service:
                            # expect: ingress-backend-service-not-found a Service of that name is in namespace backend, but an Ingress can only route to Services in its own namespace
                            name: api
                            port: {number: 8080}
                      - path: /v2
                        pathType: Prefix
                        backend:
                          service:
                            name: api
                            port: {number: 8080}
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: api
              namespace: backend
            spec:
              selector: {app: api}
              ports: [{port: 8080}]
            """)
        .yaml("""
            apiVersion: extensions/v1beta1
            kind: Ingress
            metadata:
              name: legacy
            spec:
              backend:
                # expect: ingress-backend-service-not-found backend Service "old-web"
                serviceName: old-web
                servicePort: 80
            """)
        .verify();
  }

  @Test
  void negative_fixedGuideAndServicesPresentInTheSameNamespace() {
    tester
        .yaml(AlbFixtures.FIXED)
        .yaml("""
            # neither names a namespace: both land in default
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
                      - path: /static
                        pathType: Prefix
                        backend:
                          resource: {apiGroup: k8s.example.com, kind: StorageBucket, name: static-assets}
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: web
              namespace: default
            spec:
              selector: {app: web}
              ports: [{name: http, port: 80}]
            """)
        .verify();
  }

  @Test
  void negative_peerFalsePositive_albActionBackend() {
    // kube-linter's dangling-ingress reports these: the "service" is an actions.<name> annotation
    tester
        .yaml("""
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: redirects
              annotations:
                alb.ingress.kubernetes.io/actions.ssl-redirect: >
                  {"Type": "redirect", "RedirectConfig": {"Protocol": "HTTPS", "Port": "443", "StatusCode": "HTTP_301"}}
                alb.ingress.kubernetes.io/actions.response-503: >
                  {"type":"fixed-response","fixedResponseConfig":{"contentType":"text/plain","statusCode":"503"}}
            spec:
              ingressClassName: alb
              rules:
                - http:
                    paths:
                      - path: /
                        pathType: Prefix
                        backend:
                          service:
                            name: ssl-redirect
                            port:
                              name: use-annotation
                      - path: /down
                        pathType: Exact
                        backend:
                          serviceName: response-503
                          servicePort: use-annotation
            """)
        .verify();
  }

  @Test
  void negative_oddShapes() {
    tester
        .yaml("""
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: odd
            spec:
              defaultBackend: web
              rules:
                - just-a-string
                - http: {paths: oops}
                - http:
                    paths:
                      - backend: {service: {name: {x: 1}, port: {number: 80}}}
                      - backend: {service: {name: web}}
            """)
        .verify();
  }
}
