package dev.seaworthy.rules.ingress;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class AlbHealthCheckInvalidTest {

  private final RuleTester tester = RuleTester.forRule(new AlbHealthCheckInvalid());

  private static final String CLASS = """
      apiVersion: networking.k8s.io/v1
      kind: IngressClass
      metadata: {name: alb}
      spec: {controller: ingress.k8s.aws/alb}
      ---
      """;

  @Test
  void positive_outOfRangeUnitsAndSuccessCodes() {
    tester
        .yaml(CLASS + """
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: api
              annotations:
                # expect: alb-health-check-invalid healthcheck-interval-seconds 3 is outside 5-300 seconds
                alb.ingress.kubernetes.io/healthcheck-interval-seconds: '3'
                # expect: alb-health-check-invalid healthcheck-timeout-seconds "2s" is not a whole number of seconds
                alb.ingress.kubernetes.io/healthcheck-timeout-seconds: 2s
                # expect: alb-health-check-invalid healthy-threshold-count 1 is outside 2-10
                alb.ingress.kubernetes.io/healthy-threshold-count: '1'
                # expect: alb-health-check-invalid unhealthy-threshold-count 11 is outside 2-10
                alb.ingress.kubernetes.io/unhealthy-threshold-count: '11'
                # expect: alb-health-check-invalid success-codes "2xx" is not a code
                alb.ingress.kubernetes.io/success-codes: 2xx
            spec:
              ingressClassName: alb
              defaultBackend: {service: {name: api, port: {number: 80}}}
            ---
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: codes
              annotations:
                alb.ingress.kubernetes.io/backend-protocol-version: HTTP2
                # expect: alb-health-check-invalid success-codes "200,500-599" has "500-599", outside 200-499
                alb.ingress.kubernetes.io/success-codes: 200,500-599
            spec:
              ingressClassName: alb
              defaultBackend: {service: {name: api, port: {number: 80}}}
            ---
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: grpc
              annotations:
                alb.ingress.kubernetes.io/backend-protocol-version: GRPC
                # expect: alb-health-check-invalid success-codes "200" has "200", outside 0-99 for gRPC
                alb.ingress.kubernetes.io/success-codes: '200'
            spec:
              ingressClassName: alb
              defaultBackend: {service: {name: api, port: {number: 80}}}
            ---
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: unknown-version
              annotations:
                # expect: alb-health-check-invalid success-codes "150" has "150", outside 200-499 (0-99 for gRPC)
                alb.ingress.kubernetes.io/success-codes: '150'
            spec:
              ingressClassName: alb
              defaultBackend: {service: {name: api, port: {number: 80}}}
            """)
        .verify();
  }

  @Test
  void positive_timeoutNotShorterThanTheInterval() {
    tester
        .yaml(CLASS + """
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: fast
              annotations:
                # expect: alb-health-check-invalid health-check timeout 5 s (controller default) is not shorter than the interval 5 s (Ingress "fast") for backend Service "api"
                alb.ingress.kubernetes.io/healthcheck-interval-seconds: '5'
            spec:
              ingressClassName: alb
              defaultBackend: {service: {name: api, port: {number: 80}}}
            ---
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: shop
              annotations:
                alb.ingress.kubernetes.io/healthcheck-interval-seconds: '15'
            spec:
              ingressClassName: alb
              defaultBackend: {service: {name: cart, port: {number: 80}}}
            ---
            # the Service's timeout meets the Ingress's interval: the Service set the timeout, so it is reported there
            apiVersion: v1
            kind: Service
            metadata:
              name: cart
              annotations:
                # expect: alb-health-check-invalid health-check timeout 20 s (Service "cart") is not shorter than the interval 15 s (Ingress "shop") for the target group of Ingress "shop"
                alb.ingress.kubernetes.io/healthcheck-timeout-seconds: '20'
            spec:
              ports: [{port: 80}]
            ---
            # no Ingress in the input, both values on the Service
            apiVersion: v1
            kind: Service
            metadata:
              name: search
              annotations:
                alb.ingress.kubernetes.io/healthcheck-interval-seconds: '10'
                # expect: alb-health-check-invalid for its target groups
                alb.ingress.kubernetes.io/healthcheck-timeout-seconds: '10'
            spec:
              ports: [{port: 80}]
            """)
        .verify();
  }

  @Test
  void negative_guideFixedGuideAndValidSettings() {
    tester
        .yaml(AlbFixtures.GUIDE)
        .yaml(AlbFixtures.FIXED)
        .yaml(CLASS + """
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: tuned
              annotations:
                alb.ingress.kubernetes.io/healthcheck-interval-seconds: '300'
                alb.ingress.kubernetes.io/healthcheck-timeout-seconds: '120'
                alb.ingress.kubernetes.io/healthy-threshold-count: '10'
                alb.ingress.kubernetes.io/unhealthy-threshold-count: "2"
                alb.ingress.kubernetes.io/success-codes: 200-299,302
            spec:
              ingressClassName: alb
              defaultBackend: {service: {name: api, port: {number: 80}}}
            ---
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: grpc
              annotations:
                alb.ingress.kubernetes.io/backend-protocol-version: GRPC
                alb.ingress.kubernetes.io/success-codes: 0-99
            spec:
              ingressClassName: alb
              defaultBackend: {service: {name: api, port: {number: 80}}}
            ---
            # a gRPC Service the input does not show may make "12" right
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: maybe-grpc
              annotations:
                alb.ingress.kubernetes.io/success-codes: '12'
            spec:
              ingressClassName: alb
              defaultBackend: {service: {name: unseen, port: {number: 80}}}
            """)
        .verify();
  }

  @Test
  void negative_effectiveValuesNotAnnotationsInIsolation() {
    tester
        .yaml(CLASS + """
            # interval 5 alone would meet the default timeout 5, but the only backend sets timeout 2
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: fast
              annotations:
                alb.ingress.kubernetes.io/healthcheck-interval-seconds: '5'
            spec:
              ingressClassName: alb
              defaultBackend: {service: {name: api, port: {number: 80}}}
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: api
              annotations:
                alb.ingress.kubernetes.io/healthcheck-timeout-seconds: '2'
            spec:
              ports: [{port: 80}]
            ---
            # only a timeout on the Service and no Ingress in the input: the interval is unknown
            apiVersion: v1
            kind: Service
            metadata:
              name: lonely
              annotations:
                alb.ingress.kubernetes.io/healthcheck-timeout-seconds: '30'
            spec:
              ports: [{port: 80}]
            ---
            # redirect-only Ingress: no target group
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: redirect
              annotations:
                alb.ingress.kubernetes.io/healthcheck-interval-seconds: '5'
                alb.ingress.kubernetes.io/actions.home: '{"type":"redirect","redirectConfig":{"host":"www.example.com","statusCode":"HTTP_301"}}'
            spec:
              ingressClassName: alb
              defaultBackend: {service: {name: home, port: {name: use-annotation}}}
            ---
            # values for another controller are none of this rule's business
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: nginx
              annotations:
                alb.ingress.kubernetes.io/healthcheck-interval-seconds: '1'
            spec:
              ingressClassName: nginx
              defaultBackend: {service: {name: web, port: {number: 80}}}
            ---
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: templated
              annotations:
                alb.ingress.kubernetes.io/healthcheck-interval-seconds: "{{ .Values.interval }}"
            spec:
              ingressClassName: alb
              defaultBackend: {service: {name: web, port: {number: 80}}}
            """)
        .verify();
  }
}
