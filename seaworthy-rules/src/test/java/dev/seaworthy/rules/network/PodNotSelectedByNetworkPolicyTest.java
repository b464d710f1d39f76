package dev.seaworthy.rules.network;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class PodNotSelectedByNetworkPolicyTest {

  private final RuleTester tester = RuleTester.forRule(new PodNotSelectedByNetworkPolicy());

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
          spec:
            containers:
              - {name: web, image: example/web:1.0}
      """;

  private static final String WEB_FLAGGED = WEB.replace(
      "      labels:\n", "      # expect: pod-not-selected-by-network-policy the pods of Deployment \"web\"\n      labels:\n");

  @Test
  void positive_namespaceUsesPoliciesButNotForThesePods() {
    tester
        .yaml("""
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: api, namespace: shop}
            spec:
              podSelector: {matchLabels: {app: api}}
              ingress:
                - from:
                    - podSelector: {matchLabels: {app: web}}
            ---
            """ + WEB_FLAGGED)
        .verify();
  }

  @Test
  void positive_egressOnlyPolicyDoesNotIsolateIngress() {
    tester
        .yaml("""
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: egress, namespace: shop}
            spec:
              podSelector: {}
              policyTypes: [Egress]
            ---
            """ + WEB_FLAGGED)
        .verify();
  }

  @Test
  void positive_namespaceObjectWithoutPolicies() {
    tester
        .yaml("""
            apiVersion: v1
            kind: Namespace
            metadata: {name: shop}
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: debug
              namespace: shop
              # expect: pod-not-selected-by-network-policy Pod "debug"
              labels: {app: debug}
            spec:
              containers:
                - {name: debug, image: example/debug:1.0}
            ---
            """ + WEB_FLAGGED)
        .verify();
  }

  @Test
  void negative_peerFalsePositive_emptyPodSelectorSelectsEveryPod() {
    // kube-score #293: an allow-all ingress policy still selects the pods
    tester
        .yaml("""
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata:
              namespace: shop
              name: allow-all-ingress
            spec:
              podSelector: {}
              ingress:
              - {}
              policyTypes:
              - Ingress
            ---
            """ + WEB)
        .verify();
  }

  @Test
  void negative_peerFalsePositive_policyTypesDefaultToIngress() {
    // kube-score #180: no policyTypes, egress rules only: the policy still isolates ingress
    tester
        .yaml("""
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: web, namespace: shop}
            spec:
              podSelector: {matchLabels: {app: web}}
              egress:
                - ports:
                    - {port: 53, protocol: UDP}
            ---
            """ + WEB)
        .verify();
  }

  @Test
  void negative_peerFalsePositive_partialSelectorMatch() {
    // kube-score #316: a selector naming a subset of the pod's labels selects it
    tester
        .yaml("""
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: frontend, namespace: shop}
            spec:
              podSelector:
                matchExpressions:
                  - {key: tier, operator: In, values: [frontend, edge]}
            ---
            """ + WEB)
        .verify();
  }

  @Test
  void negative_peerFalsePositive_ciliumAndCalicoPoliciesCount() {
    // kube-score #644
    tester
        .yaml("""
            apiVersion: cilium.io/v2
            kind: CiliumNetworkPolicy
            metadata: {name: web, namespace: shop}
            spec:
              endpointSelector: {matchLabels: {app: web}}
              ingress:
                - fromEndpoints: [{matchLabels: {app: lb}}]
            ---
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: api, namespace: shop}
            spec:
              podSelector: {matchLabels: {app: api}}
            ---
            """ + WEB)
        .yaml("""
            apiVersion: projectcalico.org/v3
            kind: NetworkPolicy
            metadata: {name: web, namespace: shop}
            spec:
              selector: app == 'web'
              types: [Ingress]
            ---
            apiVersion: v1
            kind: Namespace
            metadata: {name: shop}
            ---
            """ + WEB)
        .verify();
  }

  @Test
  void negative_peerFalsePositive_noNamespaceOnEitherSide() {
    // kube-score #653: a Helm chart without namespaces, applied with -n
    tester
        .yaml("""
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata:
              name: allow-backend-to-services
            spec:
              podSelector:
                matchLabels:
                  policy: backend-service
              ingress:
                - ports:
                    - protocol: TCP
                      port: 8080
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: backend-v1
            spec:
              selector:
                matchLabels:
                  app: backend-v1
              template:
                metadata:
                  labels:
                    app: backend-v1
                    policy: backend-service
                spec:
                  containers:
                    - {name: backend, image: example/backend:1.0}
            """)
        .verify();
  }

  @Test
  void negative_notJudged() {
    tester
        // nothing shows the namespace's network setup
        .yaml(WEB)
        // host-network pods, kube-system, controller-made pods, PodTemplates
        .yaml("""
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: api, namespace: shop}
            spec:
              podSelector: {matchLabels: {app: api}}
            ---
            apiVersion: apps/v1
            kind: DaemonSet
            metadata: {name: agent, namespace: shop}
            spec:
              selector: {matchLabels: {app: agent}}
              template:
                metadata:
                  labels: {app: agent}
                spec:
                  hostNetwork: true
                  containers:
                    - {name: agent, image: example/agent:1.0}
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: web-abc
              namespace: shop
              labels: {app: web}
              ownerReferences:
                - {apiVersion: apps/v1, kind: ReplicaSet, name: web, uid: 1}
            spec:
              containers:
                - {name: web, image: example/web:1.0}
            ---
            apiVersion: v1
            kind: PodTemplate
            metadata: {name: tmpl, namespace: shop}
            template:
              metadata:
                labels: {app: tmpl}
              spec:
                containers:
                  - {name: x, image: example/x:1.0}
            ---
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: api, namespace: kube-system}
            spec:
              podSelector: {matchLabels: {app: api}}
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: coredns-extra, namespace: kube-system}
            spec:
              selector: {matchLabels: {app: dns}}
              template:
                metadata:
                  labels: {app: dns}
                spec:
                  containers:
                    - {name: dns, image: example/dns:1.0}
            """)
        .verify();
  }

  @Test
  void negative_oddInput() {
    OddNetworkInput.assertQuiet(tester);
  }
}
