package dev.seaworthy.rules.ingress;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class AlbWafAclArnInvalidTest {

  private final RuleTester tester = RuleTester.forRule(new AlbWafAclArnInvalid());

  @Test
  void positive_guideWebAclIsGlobalWithANineDigitAccount() {
    tester
        .yaml(AlbFixtures.guideExpecting("wafv2-acl-arn:",
            "alb-wafv2-acl-arn-invalid has account ID \"123456789\" (9 digits; an AWS account ID is exactly 12 digits), is a global (CloudFront) web ACL, and an ALB takes only a regional web ACL"))
        .verify();
  }

  @Test
  void positive_wrongServiceShapeAndParams() {
    tester
        .yaml("""
            apiVersion: networking.k8s.io/v1
            kind: IngressClass
            metadata: {name: alb}
            spec:
              controller: ingress.k8s.aws/alb
              parameters: {apiGroup: elbv2.k8s.aws, kind: IngressClassParams, name: public}
            ---
            apiVersion: elbv2.k8s.aws/v1beta1
            kind: IngressClassParams
            metadata: {name: public}
            spec:
              # expect: alb-wafv2-acl-arn-invalid wafv2AclArn "arn:aws:wafv2:us-east-1:123456789012:global/webacl/edge/5e8c" is a global (CloudFront) web ACL
              wafv2AclArn: arn:aws:wafv2:us-east-1:123456789012:global/webacl/edge/5e8c
            ---
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: classic
              annotations:
                # expect: alb-wafv2-acl-arn-invalid names service "waf-regional", not wafv2
                alb.ingress.kubernetes.io/wafv2-acl-arn: arn:aws:waf-regional:us-east-1:123456789012:webacl/5e8c1a3f
            spec:
              ingressClassName: alb
              defaultBackend: {service: {name: web, port: {number: 80}}}
            ---
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: shape
              annotations:
                # expect: alb-wafv2-acl-arn-invalid has resource "regional/webacl/5e8c1a3f" (regional/webacl/<name>/<id> expected)
                alb.ingress.kubernetes.io/wafv2-acl-arn: arn:aws:wafv2:us-east-1:123456789012:regional/webacl/5e8c1a3f
            spec:
              ingressClassName: alb
              defaultBackend: {service: {name: web, port: {number: 80}}}
            """)
        .verify();
  }

  @Test
  void negative_regionalRemovalTemplatesAndOtherControllers() {
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
                  name: china
                  annotations:
                    alb.ingress.kubernetes.io/wafv2-acl-arn: arn:aws-cn:wafv2:cn-northwest-1:123456789012:regional/webacl/web_acl-1/a1b2c3d4-5678-90ab-cdef-EXAMPLE11111
                spec:
                  ingressClassName: alb
                  defaultBackend: {service: {name: web, port: {number: 80}}}
              - apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata:
                  name: removed
                  annotations:
                    alb.ingress.kubernetes.io/wafv2-acl-arn: ""
                spec:
                  ingressClassName: alb
                  defaultBackend: {service: {name: web, port: {number: 80}}}
              - apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata:
                  name: none
                  annotations:
                    alb.ingress.kubernetes.io/wafv2-acl-arn: none
                spec:
                  ingressClassName: alb
                  defaultBackend: {service: {name: web, port: {number: 80}}}
              - apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata:
                  name: helm
                  annotations:
                    alb.ingress.kubernetes.io/wafv2-acl-arn: <WAF_ACL_ARN>
                spec:
                  ingressClassName: alb
                  defaultBackend: {service: {name: web, port: {number: 80}}}
              - apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata:
                  name: traefik
                  annotations:
                    alb.ingress.kubernetes.io/wafv2-acl-arn: arn:aws:wafv2:us-east-1:1:global/webacl/x/y
                spec:
                  ingressClassName: traefik
                  defaultBackend: {service: {name: web, port: {number: 80}}}
            """)
        .verify();
  }
}
