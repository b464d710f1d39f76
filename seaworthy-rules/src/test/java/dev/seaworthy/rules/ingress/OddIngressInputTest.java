package dev.seaworthy.rules.ingress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.rule.Rule;
import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

/** Wrong types and absurd values everywhere: every ingress rule must return quietly, never throw. */
class OddIngressInputTest {

  private static final String YAML = """
      apiVersion: networking.k8s.io/v1
      kind: IngressClass
      metadata: {name: alb}
      spec:
        controller: ingress.k8s.aws/alb
        parameters: {apiGroup: elbv2.k8s.aws, kind: IngressClassParams, name: odd}
      ---
      apiVersion: elbv2.k8s.aws/v1beta1
      kind: IngressClassParams
      metadata: {name: odd}
      spec:
        certificateArn: [{arn: x}, 42, ""]
        wafv2AclArn: [x]
        group: oops
        scheme: [internet-facing]
        inboundCIDRs: 0.0.0.0/0
        targetType: {ip: true}
      ---
      apiVersion: networking.k8s.io/v1
      kind: Ingress
      metadata:
        name: odd
        annotations:
          alb.ingress.kubernetes.io/listen-ports: '[{"HTTPS": 443}, "HTTP", [80], {"HTTPS": 99999999999999999999}]'
          alb.ingress.kubernetes.io/ssl-redirect: '99999999999999999999'
          alb.ingress.kubernetes.io/certificate-arn: ',,arn:,arn:aws:acm:::,:::::'
          alb.ingress.kubernetes.io/wafv2-acl-arn: 'arn:aws:wafv2'
          alb.ingress.kubernetes.io/healthcheck-interval-seconds: '99999999999999999999999'
          alb.ingress.kubernetes.io/healthcheck-timeout-seconds: '-0'
          alb.ingress.kubernetes.io/success-codes: '200-,-,,99999999999999999999-1'
          alb.ingress.kubernetes.io/target-type: [ip]
          alb.ingress.kubernetes.io/scheme: {internet-facing: true}
      spec:
        ingressClassName: alb
        tls: [x, {hosts: h}]
        defaultBackend: {service: {name: web, port: {number: {n: 80}}}}
        rules:
          - host: [a]
            http:
              paths:
                - backend: {service: {name: web, port: {name: [http]}}}
                - backend: {serviceName: [web], servicePort: {p: 80}}
                - backend: {service: {name: svc, port: {number: 80}}}
      ---
      apiVersion: v1
      kind: Service
      metadata:
        name: svc
        annotations:
          alb.ingress.kubernetes.io/healthcheck-interval-seconds: abc
          alb.ingress.kubernetes.io/healthcheck-timeout-seconds: '4'
          alb.ingress.kubernetes.io/target-type: instance
      spec:
        type: [ClusterIP]
        ports: [80, {port: [80]}, {name: {n: 1}}]
      ---
      apiVersion: networking.k8s.io/v1
      kind: Ingress
      metadata: {name: bare}
      spec: nothing
      ---
      apiVersion: networking.k8s.io/v1
      kind: Ingress
      metadata:
        name: listy
        annotations: [a, b]
      """;

  @Test
  void everyRuleStaysUpOnOddInput() {
    for (Rule rule : IngressRules.all()) {
      assertThat(RuleTester.forRule(rule).audit("odd.yaml", YAML).ruleFailures()).isEmpty();
    }
  }
}
