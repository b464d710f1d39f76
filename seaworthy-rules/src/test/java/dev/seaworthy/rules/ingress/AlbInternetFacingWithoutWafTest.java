package dev.seaworthy.rules.ingress;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class AlbInternetFacingWithoutWafTest {

  private final RuleTester tester = RuleTester.forRule(new AlbInternetFacingWithoutWaf());

  private static final String CLASS = """
      apiVersion: networking.k8s.io/v1
      kind: IngressClass
      metadata: {name: alb}
      spec: {controller: ingress.k8s.aws/alb}
      ---
      """;

  @Test
  void positive_publicWithoutFirewall() {
    tester
        .yaml(CLASS + """
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: web
              annotations:
                # expect: alb-internet-facing-without-waf the ALB is internet-facing and has no AWS WAF web ACL (wafv2-acl-arn) or Shield Advanced protection
                alb.ingress.kubernetes.io/scheme: internet-facing
                alb.ingress.kubernetes.io/shield-advanced-protection: 'false'
                alb.ingress.kubernetes.io/wafv2-acl-arn: ""
                alb.ingress.kubernetes.io/inbound-cidrs: 203.0.113.0/24, 0.0.0.0/0
            spec:
              ingressClassName: alb
              defaultBackend: {service: {name: web, port: {number: 80}}}
            """)
        .yaml("""
            apiVersion: networking.k8s.io/v1
            kind: IngressClass
            metadata: {name: public}
            spec:
              controller: ingress.k8s.aws/alb
              parameters: {apiGroup: elbv2.k8s.aws, kind: IngressClassParams, name: public}
            ---
            apiVersion: elbv2.k8s.aws/v1beta1
            kind: IngressClassParams
            metadata: {name: public}
            spec:
              scheme: internet-facing
            ---
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            # expect: alb-internet-facing-without-waf internet-facing (set by its IngressClassParams)
            metadata:
              name: api
              annotations:
                alb.ingress.kubernetes.io/target-type: ip
            spec:
              ingressClassName: public
              defaultBackend: {service: {name: api, port: {number: 80}}}
            """)
        .verify();
  }

  @Test
  void negative_firewallInternalGroupedOrRestricted() {
    tester
        // the guide's WAF annotation is malformed, which alb-wafv2-acl-arn-invalid reports: one finding
        .yaml(AlbFixtures.GUIDE)
        .yaml(AlbFixtures.FIXED)
        .yaml(CLASS + """
            apiVersion: networking.k8s.io/v1
            kind: List
            items:
              - apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata:
                  name: internal-by-default
                spec:
                  ingressClassName: alb
                  defaultBackend: {service: {name: web, port: {number: 80}}}
              - apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata:
                  name: internal
                  annotations: {alb.ingress.kubernetes.io/scheme: internal}
                spec:
                  ingressClassName: alb
                  defaultBackend: {service: {name: web, port: {number: 80}}}
              - apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata:
                  name: shield
                  annotations:
                    alb.ingress.kubernetes.io/scheme: internet-facing
                    alb.ingress.kubernetes.io/shield-advanced-protection: 'true'
                spec:
                  ingressClassName: alb
                  defaultBackend: {service: {name: web, port: {number: 80}}}
              - apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata:
                  name: by-name
                  annotations:
                    alb.ingress.kubernetes.io/scheme: internet-facing
                    alb.ingress.kubernetes.io/wafv2-acl-name: web-acl
                spec:
                  ingressClassName: alb
                  defaultBackend: {service: {name: web, port: {number: 80}}}
              - apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata:
                  name: classic
                  annotations:
                    alb.ingress.kubernetes.io/scheme: internet-facing
                    alb.ingress.kubernetes.io/waf-acl-id: 499e8b99-6671-4614-a86d-adb1810b7fbe
                spec:
                  ingressClassName: alb
                  defaultBackend: {service: {name: web, port: {number: 80}}}
              - apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata:
                  name: grouped
                  annotations:
                    alb.ingress.kubernetes.io/scheme: internet-facing
                    alb.ingress.kubernetes.io/group.name: public
                spec:
                  ingressClassName: alb
                  defaultBackend: {service: {name: web, port: {number: 80}}}
              - apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata:
                  name: office-only
                  annotations:
                    alb.ingress.kubernetes.io/scheme: internet-facing
                    alb.ingress.kubernetes.io/inbound-cidrs: 203.0.113.0/24,198.51.100.7/32
                spec:
                  ingressClassName: alb
                  defaultBackend: {service: {name: web, port: {number: 80}}}
              - apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata:
                  name: nginx
                  annotations: {alb.ingress.kubernetes.io/scheme: internet-facing}
                spec:
                  ingressClassName: nginx
                  defaultBackend: {service: {name: web, port: {number: 80}}}
            """)
        .yaml("""
            apiVersion: networking.k8s.io/v1
            kind: IngressClass
            metadata: {name: public}
            spec:
              controller: ingress.k8s.aws/alb
              parameters: {apiGroup: elbv2.k8s.aws, kind: IngressClassParams, name: public}
            ---
            apiVersion: elbv2.k8s.aws/v1beta1
            kind: IngressClassParams
            metadata: {name: public}
            spec:
              scheme: internet-facing
              wafv2AclArn: arn:aws:wafv2:us-east-1:123456789012:regional/webacl/web/5e8c1a3f-7b2d-4e6a-9c1f-3d5b7a9e2c4f
            ---
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata: {name: api}
            spec:
              ingressClassName: public
              defaultBackend: {service: {name: api, port: {number: 80}}}
            ---
            # params the input lacks may set the scheme, group or WAF
            apiVersion: networking.k8s.io/v1
            kind: IngressClass
            metadata: {name: other}
            spec:
              controller: ingress.k8s.aws/alb
              parameters: {apiGroup: elbv2.k8s.aws, kind: IngressClassParams, name: missing}
            ---
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: unknown
              annotations: {alb.ingress.kubernetes.io/scheme: internet-facing}
            spec:
              ingressClassName: other
              defaultBackend: {service: {name: api, port: {number: 80}}}
            """)
        .verify();
  }
}
