package dev.seaworthy.rules.network;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class NetworkPolicySelectsNoPodsTest {

  private final RuleTester tester = RuleTester.forRule(new NetworkPolicySelectsNoPods());

  private static final String WEB = """
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: web, namespace: shop}
      spec:
        selector: {matchLabels: {app: web}}
        template:
          metadata:
            labels:
              app: web
              tier: frontend
              version: v2
          spec:
            containers:
              - {name: web, image: example/web:1.0}
      """;

  @Test
  void positive_labelsMatchNoPodTemplate() {
    tester
        .yaml("""
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: web, namespace: shop}
            spec:
              # expect: network-policy-selects-no-pods not found in the audited input
              podSelector:
                matchLabels: {app: website}
            ---
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: canary, namespace: shop}
            spec:
              # expect: network-policy-selects-no-pods version In (v3)
              podSelector:
                matchLabels: {app: web}
                matchExpressions:
                  - {key: version, operator: In, values: [v3]}
            ---
            """ + WEB)
        .verify();
  }

  @Test
  void positive_allLabelsMustHoldOnOneTemplate() {
    tester
        .yaml("""
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: api-backend, namespace: shop}
            spec:
              # expect: network-policy-selects-no-pods
              podSelector:
                matchLabels: {app: web, tier: backend}
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: db
              namespace: shop
              labels: {app: db, tier: backend}
            spec:
              containers:
                - {name: db, image: example/db:1.0}
            ---
            """ + WEB)
        .verify();
  }

  @Test
  void negative_peerFalsePositive_emptyPodSelectorSelectsEveryPod() {
    // kube-score #293, #420
    tester
        .yaml("""
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata:
              name: default-deny-ingress
              namespace: shop
            spec:
              podSelector: {}
              policyTypes:
              - Ingress
            ---
            """ + WEB)
        .yaml("""
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata:
              name: default-deny-ingress
            spec:
              podSelector: {}
            """)
        .verify();
  }

  @Test
  void negative_peerFalsePositive_selectorIsASubsetOfThePodLabels() {
    // kube-score #316; matchExpressions too (kube-score #359)
    tester
        .yaml("""
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: web, namespace: shop}
            spec:
              podSelector:
                matchLabels: {tier: frontend}
            ---
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: web-expr, namespace: shop}
            spec:
              podSelector:
                matchExpressions:
                  - {key: app, operator: In, values: [web, api]}
                  - {key: legacy, operator: DoesNotExist}
            ---
            """ + WEB)
        .verify();
  }

  @Test
  void negative_peerFalsePositive_podTemplatesOfEveryWorkloadKind() {
    tester
        .yaml("""
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: cron}
            spec:
              podSelector: {matchLabels: {app: report}}
            ---
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: rollout}
            spec:
              podSelector: {matchLabels: {app: shop}}
            ---
            apiVersion: batch/v1
            kind: CronJob
            metadata: {name: report}
            spec:
              schedule: "0 3 * * *"
              jobTemplate:
                spec:
                  template:
                    metadata:
                      labels: {app: report}
                    spec:
                      restartPolicy: OnFailure
                      containers:
                        - {name: report, image: example/report:1.0}
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
  void negative_namespaceWithoutPodsInTheInputOrUnreadableSelector() {
    tester
        .yaml("""
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: backend-netpol, namespace: production}
            spec:
              podSelector:
                matchLabels: {tier: backend}
            ---
            """ + WEB)
        .yaml("""
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: odd, namespace: shop}
            spec:
              podSelector:
                matchExpressions:
                  - {key: app, operator: Sometimes, values: [x]}
            ---
            """ + WEB)
        .verify();
  }

  @Test
  void negative_podTemplateObjectsRunNothingButCountNotAsPods() {
    // a PodTemplate alone does not make the namespace judged
    tester
        .yaml("""
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: web}
            spec:
              podSelector: {matchLabels: {app: web}}
            ---
            apiVersion: v1
            kind: PodTemplate
            metadata: {name: tmpl}
            template:
              metadata:
                labels: {app: other}
              spec:
                containers:
                  - {name: x, image: example/x:1.0}
            """)
        .verify();
  }

  @Test
  void negative_oddInput() {
    OddNetworkInput.assertQuiet(tester);
  }
}
