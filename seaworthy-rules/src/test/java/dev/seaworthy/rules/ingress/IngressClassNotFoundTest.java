package dev.seaworthy.rules.ingress;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class IngressClassNotFoundTest {

  private final RuleTester tester = RuleTester.forRule(new IngressClassNotFound());

  @Test
  void positive_albWithTheChartHintAndOtherClasses() {
    tester
        .yaml("""
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: web
              namespace: shop
            spec:
              # expect: ingress-class-not-found IngressClass "alb" is not found in the audited input; the AWS Load Balancer Controller Helm chart creates it by default
              ingressClassName: alb
              defaultBackend:
                service: {name: web, port: {number: 80}}
            ---
            apiVersion: networking.k8s.io/v1
            kind: IngressClass
            metadata:
              name: nginx
            spec:
              controller: k8s.io/ingress-nginx
            ---
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: admin
              namespace: shop
            spec:
              # expect: ingress-class-not-found IngressClass "alb-internal" is not found in the audited input; check that it exists in the cluster
              ingressClassName: alb-internal
              defaultBackend:
                service: {name: admin, port: {number: 80}}
            """)
        .verify();
  }

  @Test
  void negative_classPresentLegacyAnnotationOrNoClass() {
    tester
        .yaml(AlbFixtures.FIXED)
        .yaml(AlbFixtures.GUIDE)
        .yaml("""
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: default-class
            spec:
              defaultBackend:
                service: {name: web, port: {number: 80}}
            ---
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: odd
            spec:
              ingressClassName: {name: alb}
            """)
        .verify();
  }
}
