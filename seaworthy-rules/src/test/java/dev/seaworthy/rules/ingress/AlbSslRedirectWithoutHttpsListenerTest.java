package dev.seaworthy.rules.ingress;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class AlbSslRedirectWithoutHttpsListenerTest {

  private final RuleTester tester = RuleTester.forRule(new AlbSslRedirectWithoutHttpsListener());

  private static final String CLASS = """
      apiVersion: networking.k8s.io/v1
      kind: IngressClass
      metadata: {name: alb}
      spec: {controller: ingress.k8s.aws/alb}
      ---
      """;

  @Test
  void positive_noHttpsListenerWrongPortDefaultListenersAndNotANumber() {
    tester
        .yaml(CLASS + """
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: http-only
              annotations:
                alb.ingress.kubernetes.io/listen-ports: '[{"HTTP": 80}]'
                # expect: alb-ssl-redirect-without-https-listener ssl-redirect redirects to port 443, but there is no listener on port 443 (listen-ports: HTTP:80)
                alb.ingress.kubernetes.io/ssl-redirect: '443'
            spec:
              ingressClassName: alb
              rules:
                - host: www.example.com
                  http:
                    paths:
                      - {path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}
            ---
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: wrong-port
              annotations:
                alb.ingress.kubernetes.io/listen-ports: '[{"HTTP": 80}, {"HTTPS": 8443}, {"HTTP": 443}]'
                alb.ingress.kubernetes.io/certificate-arn: arn:aws:acm:us-east-1:123456789012:certificate/0b6f3c2e
                # expect: alb-ssl-redirect-without-https-listener port 443 is an HTTP listener (listen-ports: HTTP:80, HTTP:443, HTTPS:8443)
                alb.ingress.kubernetes.io/ssl-redirect: '443'
            spec:
              ingressClassName: alb
              defaultBackend: {service: {name: web, port: {number: 80}}}
            ---
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: defaults
              annotations:
                # expect: alb-ssl-redirect-without-https-listener (the default listeners (no listen-ports and no certificate-arn): HTTP:80)
                alb.ingress.kubernetes.io/ssl-redirect: '443'
            spec:
              ingressClassName: alb
              defaultBackend: {service: {name: web, port: {number: 80}}}
            ---
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: boolean
              annotations:
                alb.ingress.kubernetes.io/listen-ports: '[{"HTTP": 80}, {"HTTPS": 443}]'
                # expect: alb-ssl-redirect-without-https-listener ssl-redirect "true" is not a port number
                alb.ingress.kubernetes.io/ssl-redirect: 'true'
            spec:
              ingressClassName: alb
              defaultBackend: {service: {name: web, port: {number: 80}}}
            """)
        .verify();
  }

  @Test
  void negative_guideFixedGuideAndDefaultHttpsFromCertificates() {
    tester
        .yaml(AlbFixtures.GUIDE)
        .yaml(AlbFixtures.FIXED)
        .yaml(CLASS + """
            # no listen-ports, but a certificate: the controller listens on HTTPS:443
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: https-default
              annotations:
                alb.ingress.kubernetes.io/certificate-arn: arn:aws:acm:us-east-1:123456789012:certificate/0b6f3c2e
                alb.ingress.kubernetes.io/ssl-redirect: '443'
            spec:
              ingressClassName: alb
              defaultBackend: {service: {name: web, port: {number: 80}}}
            """)
        .verify();
  }

  @Test
  void negative_whatTheInputCannotSettle() {
    tester
        .yaml(CLASS + """
            # IngressGroup members merge their listeners: another member may open 443
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: grouped
              annotations:
                alb.ingress.kubernetes.io/group.name: shop
                alb.ingress.kubernetes.io/listen-ports: '[{"HTTP": 80}]'
                alb.ingress.kubernetes.io/ssl-redirect: '443'
            spec:
              ingressClassName: alb
              defaultBackend: {service: {name: web, port: {number: 80}}}
            ---
            # listen-ports the controller cannot parse: another problem, not this one
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: unreadable
              annotations:
                alb.ingress.kubernetes.io/listen-ports: '[{"HTTP": "80"}]'
                alb.ingress.kubernetes.io/ssl-redirect: '443'
            spec:
              ingressClassName: alb
              defaultBackend: {service: {name: web, port: {number: 80}}}
            ---
            # the class references params the input lacks: they may hold certificates (HTTPS:443 by default)
            apiVersion: networking.k8s.io/v1
            kind: IngressClass
            metadata: {name: alb-params}
            spec:
              controller: ingress.k8s.aws/alb
              parameters: {apiGroup: elbv2.k8s.aws, kind: IngressClassParams, name: central}
            ---
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: params
              annotations:
                alb.ingress.kubernetes.io/ssl-redirect: '443'
            spec:
              ingressClassName: alb-params
              defaultBackend: {service: {name: web, port: {number: 80}}}
            ---
            # not an ALB Ingress
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: nginx
              annotations:
                alb.ingress.kubernetes.io/ssl-redirect: '443'
            spec:
              ingressClassName: nginx
              defaultBackend: {service: {name: web, port: {number: 80}}}
            """)
        .yaml("""
            # the IngressClass is not in the input and nothing says whether certificates come from params
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: unknown-class
              annotations:
                alb.ingress.kubernetes.io/ssl-redirect: '443'
            spec:
              ingressClassName: alb
              defaultBackend: {service: {name: web, port: {number: 80}}}
            """)
        .verify();
  }
}
