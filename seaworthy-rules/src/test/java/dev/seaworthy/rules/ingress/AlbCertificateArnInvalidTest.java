package dev.seaworthy.rules.ingress;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class AlbCertificateArnInvalidTest {

  private final RuleTester tester = RuleTester.forRule(new AlbCertificateArnInvalid());

  @Test
  void positive_guideCertificateHasANineDigitAccount() {
    tester
        .yaml(AlbFixtures.guideExpecting("certificate-arn:",
            "alb-certificate-arn-invalid certificate-arn \"arn:aws:acm:us-east-1:123456789:certificate/abc\" has account ID \"123456789\" (9 digits"))
        .verify();
  }

  @Test
  void positive_listsWrongServiceRegionAndParams() {
    tester
        .yaml("""
            apiVersion: networking.k8s.io/v1
            kind: IngressClass
            metadata:
              name: alb
            spec:
              controller: ingress.k8s.aws/alb
            ---
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: several
              annotations:
                # expect: alb-certificate-arn-invalid "arn:aws:acm::123456789012:certificate/2b5d" has no region (ACM certificates are regional)
                alb.ingress.kubernetes.io/certificate-arn: arn:aws:acm:eu-west-1:123456789012:certificate/0b6f3c2e, arn:aws:acm::123456789012:certificate/2b5d
            spec:
              ingressClassName: alb
              defaultBackend:
                service: {name: web, port: {number: 80}}
            ---
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: wrong-kind
              annotations:
                # expect: alb-certificate-arn-invalid names IAM resource "role/tls", not a server-certificate
                alb.ingress.kubernetes.io/certificate-arn: arn:aws:iam::123456789012:role/tls
            spec:
              ingressClassName: alb
              defaultBackend:
                service: {name: web, port: {number: 80}}
            ---
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: not-arn
              annotations:
                # expect: alb-certificate-arn-invalid "my-cert" is not an ARN
                alb.ingress.kubernetes.io/certificate-arn: my-cert
            spec:
              ingressClassName: alb
              defaultBackend:
                service: {name: web, port: {number: 80}}
            ---
            apiVersion: elbv2.k8s.aws/v1beta1
            kind: IngressClassParams
            metadata:
              name: shared
            spec:
              certificateArn:
                - arn:aws:acm:us-east-1:123456789012:certificate/0b6f3c2e-4d1a-4c8e-9f7a-2b5d8e1c3a6f
                # expect: alb-certificate-arn-invalid certificateArn "arn:aws:acm:us-east-1:1234567890123:certificate/x" has account ID
                - arn:aws:acm:us-east-1:1234567890123:certificate/x
            """)
        .verify();
  }

  @Test
  void negative_validAcmAndIamCertificatesTemplatesAndOtherControllers() {
    tester
        .yaml(AlbFixtures.FIXED)
        .yaml("""
            apiVersion: networking.k8s.io/v1
            kind: List
            items:
              - apiVersion: networking.k8s.io/v1
                kind: IngressClass
                metadata: {name: alb}
                spec: {controller: ingress.k8s.aws/alb}
              - apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata:
                  name: many
                  annotations:
                    alb.ingress.kubernetes.io/certificate-arn: >-
                      arn:aws:acm:us-east-1:123456789012:certificate/0b6f3c2e-4d1a-4c8e-9f7a-2b5d8e1c3a6f,arn:aws-cn:acm:cn-north-1:123456789012:certificate/1a2b,
                      arn:aws-us-gov:acm:us-gov-west-1:123456789012:certificate/3c4d,arn:aws:iam::123456789012:server-certificate/prod/www-2026
                spec:
                  ingressClassName: alb
                  defaultBackend: {service: {name: web, port: {number: 80}}}
              - apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata:
                  name: templated
                  annotations:
                    alb.ingress.kubernetes.io/certificate-arn: ${CERTIFICATE_ARN}
                spec:
                  ingressClassName: alb
                  defaultBackend: {service: {name: web, port: {number: 80}}}
              - apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata:
                  name: empty
                  annotations:
                    alb.ingress.kubernetes.io/certificate-arn: ""
                spec:
                  ingressClassName: alb
                  defaultBackend: {service: {name: web, port: {number: 80}}}
              # an nginx Ingress ignores alb annotations
              - apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata:
                  name: nginx
                  annotations:
                    alb.ingress.kubernetes.io/certificate-arn: not-an-arn
                spec:
                  ingressClassName: nginx
                  defaultBackend: {service: {name: web, port: {number: 80}}}
            """)
        .verify();
  }
}
