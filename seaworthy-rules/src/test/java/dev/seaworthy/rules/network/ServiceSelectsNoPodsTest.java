package dev.seaworthy.rules.network;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class ServiceSelectsNoPodsTest {

  private final RuleTester tester = RuleTester.forRule(new ServiceSelectsNoPods());

  private static final String WEB = """
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: web, namespace: shop}
      spec:
        selector: {matchLabels: {app: web}}
        template:
          metadata:
            labels: {app: web, tier: frontend}
          spec:
            containers:
              - name: web
                image: example/web:1.0
                ports:
                  - {name: http, containerPort: 8080}
      """;

  @Test
  void positive_noTemplateHasTheLabels() {
    tester
        .yaml("""
            apiVersion: v1
            kind: Service
            metadata: {name: web, namespace: shop}
            spec:
              # expect: service-selects-no-pods Service "web" selects pods with labels app=website
              selector:
                app: website
              ports:
                - {port: 80, targetPort: http}
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: web-canary, namespace: shop}
            spec:
              # expect: service-selects-no-pods not found in the audited input
              selector: {app: web, track: canary}
              ports:
                - {port: 80, targetPort: http}
            ---
            """ + WEB)
        .verify();
  }

  @Test
  void negative_peerFalsePositive_serviceSelectsAWorkloadTemplateNotAPod() {
    // kube-linter #179: the Deployment's template, not a Pod object, carries the labels
    tester
        .yaml("""
            apiVersion: v1
            kind: Service
            metadata: {name: web, namespace: shop}
            spec:
              selector: {app: web}
              ports:
                - {port: 80, targetPort: http}
            ---
            """ + WEB)
        .yaml("""
            apiVersion: v1
            kind: Service
            metadata: {name: db}
            spec:
              clusterIP: None
              selector: {app: db}
              ports:
                - {port: 5432}
            ---
            apiVersion: apps/v1
            kind: StatefulSet
            metadata: {name: db}
            spec:
              serviceName: db
              selector: {matchLabels: {app: db}}
              template:
                metadata:
                  labels: {app: db, role: primary}
                spec:
                  containers:
                    - {name: db, image: example/db:1.0}
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: shop}
            spec:
              selector: {app: shop}
              ports:
                - {port: 80}
            ---
            apiVersion: argoproj.io/v1alpha1
            kind: Rollout
            metadata: {name: shop}
            spec:
              selector: {matchLabels: {app: shop}}
              template:
                metadata:
                  labels: {app: shop}
                spec:
                  containers:
                    - {name: shop, image: example/shop:1.0}
            """)
        .verify();
  }

  @Test
  void negative_servicesWithoutPodsToSelect() {
    tester
        // no selector: EndpointSlices managed by hand
        .yaml("""
            apiVersion: v1
            kind: Service
            metadata: {name: legacy-db, namespace: shop}
            spec:
              ports:
                - {port: 5432}
            ---
            """ + WEB)
        // ExternalName
        .yaml("""
            apiVersion: v1
            kind: Service
            metadata: {name: payments, namespace: shop}
            spec:
              type: ExternalName
              externalName: payments.example.com
              selector: {app: payments}
            ---
            """ + WEB)
        // empty selector
        .yaml("""
            apiVersion: v1
            kind: Service
            metadata: {name: empty, namespace: shop}
            spec:
              selector: {}
              ports:
                - {port: 80}
            ---
            """ + WEB)
        .verify();
  }

  @Test
  void negative_namespaceWithoutPodsInTheInput() {
    tester
        .yaml("""
            apiVersion: v1
            kind: Service
            metadata: {name: web, namespace: other}
            spec:
              selector: {app: web}
              ports:
                - {port: 80}
            ---
            """ + WEB)
        .verify();
  }

  @Test
  void negative_oddInput() {
    OddNetworkInput.assertQuiet(tester);
  }
}
