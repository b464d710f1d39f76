package dev.seaworthy.rules.ingress;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class AlbHttpsListenerWithoutCertificateTest {

  private final RuleTester tester = RuleTester.forRule(new AlbHttpsListenerWithoutCertificate());

  private static final String CLASS = """
      apiVersion: networking.k8s.io/v1
      kind: IngressClass
      metadata: {name: alb}
      spec: {controller: ingress.k8s.aws/alb}
      ---
      """;

  @Test
  void positive_httpsListenerWithNeitherCertificateNorHost() {
    tester
        .yaml(CLASS + """
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: web
              annotations:
                # expect: alb-https-listener-without-certificate HTTPS listener on port 443 has no certificate: no certificate-arn, and no host in spec.rules or spec.tls
                alb.ingress.kubernetes.io/listen-ports: '[{"HTTP": 80}, {"HTTPS": 443}]'
                alb.ingress.kubernetes.io/ssl-redirect: '443'
            spec:
              ingressClassName: alb
              rules:
                - http:
                    paths:
                      - {path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}
            """)
        .yaml("""
            # params in the input, without certificates
            apiVersion: networking.k8s.io/v1
            kind: IngressClass
            metadata: {name: internal}
            spec:
              controller: ingress.k8s.aws/alb
              parameters: {apiGroup: elbv2.k8s.aws, kind: IngressClassParams, name: internal}
            ---
            apiVersion: elbv2.k8s.aws/v1beta1
            kind: IngressClassParams
            metadata: {name: internal}
            spec:
              scheme: internal
            ---
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: api
              annotations:
                # expect: alb-https-listener-without-certificate HTTPS listener on port 8443, 9443
                alb.ingress.kubernetes.io/listen-ports: '[{"HTTPS": 8443}, {"HTTPS": 9443}]'
            spec:
              ingressClassName: internal
              defaultBackend: {service: {name: api, port: {number: 80}}}
            """)
        .verify();
  }

  @Test
  void negative_certificateDiscoveryByHost() {
    // without certificate-arn the controller discovers ACM certificates for the rule and TLS hosts
    tester
        .yaml(CLASS + """
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: by-rule-host
              annotations:
                alb.ingress.kubernetes.io/listen-ports: '[{"HTTPS": 443}]'
            spec:
              ingressClassName: alb
              rules:
                - host: dev.example.com
                  http:
                    paths:
                      - {path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}
            ---
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: by-tls-host
              annotations:
                alb.ingress.kubernetes.io/listen-ports: '[{"HTTPS": 443}]'
            spec:
              ingressClassName: alb
              tls:
                - hosts: ["*.example.com"]
              defaultBackend: {service: {name: web, port: {number: 80}}}
            """)
        .verify();
  }

  @Test
  void negative_certificatesGivenOrNotVisible() {
    tester
        .yaml(AlbFixtures.GUIDE)
        .yaml(AlbFixtures.FIXED)
        .yaml(CLASS + """
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: templated
              annotations:
                alb.ingress.kubernetes.io/listen-ports: '[{"HTTPS": 443}]'
                alb.ingress.kubernetes.io/certificate-arn: ${CERT_ARN}
            spec:
              ingressClassName: alb
              defaultBackend: {service: {name: web, port: {number: 80}}}
            ---
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: grouped
              annotations:
                alb.ingress.kubernetes.io/group.name: shared
                alb.ingress.kubernetes.io/listen-ports: '[{"HTTPS": 443}]'
            spec:
              ingressClassName: alb
              defaultBackend: {service: {name: web, port: {number: 80}}}
            ---
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: http-only
              annotations:
                alb.ingress.kubernetes.io/listen-ports: '[{"HTTP": 8080}]'
            spec:
              ingressClassName: alb
              defaultBackend: {service: {name: web, port: {number: 80}}}
            ---
            apiVersion: networking.k8s.io/v1
            kind: IngressClass
            metadata: {name: central}
            spec:
              controller: ingress.k8s.aws/alb
              parameters: {apiGroup: elbv2.k8s.aws, kind: IngressClassParams, name: central}
            ---
            apiVersion: elbv2.k8s.aws/v1beta1
            kind: IngressClassParams
            metadata: {name: central}
            spec:
              certificateArn: [arn:aws:acm:us-east-1:123456789012:certificate/0b6f3c2e]
            ---
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: params-certificate
              annotations:
                alb.ingress.kubernetes.io/listen-ports: '[{"HTTPS": 443}]'
            spec:
              ingressClassName: central
              defaultBackend: {service: {name: web, port: {number: 80}}}
            """)
        .yaml("""
            # the IngressClass "alb" is not in the input: its params may carry the certificate
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: unknown-class
              annotations:
                alb.ingress.kubernetes.io/listen-ports: '[{"HTTPS": 443}]'
            spec:
              ingressClassName: alb
              defaultBackend: {service: {name: web, port: {number: 80}}}
            """)
        .verify();
  }
}
