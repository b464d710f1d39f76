package dev.seaworthy.rules.network;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class NetworkPolicyPeerMatchesNothingTest {

  private final RuleTester tester = RuleTester.forRule(new NetworkPolicyPeerMatchesNothing());

  private static String deployment(String name, String namespace, String labels) {
    return """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: %s, namespace: %s}
        spec:
          selector: {matchLabels: {app: %s}}
          template:
            metadata:
              labels: %s
            spec:
              containers:
                - {name: app, image: example/app:1.0}
        """.formatted(name, namespace, name, labels);
  }

  @Test
  void positive_podSelectorPeersInTheOwnNamespace() {
    tester
        .yaml("""
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: backend, namespace: shop}
            spec:
              podSelector: {matchLabels: {tier: backend}}
              policyTypes: [Ingress, Egress]
              ingress:
                - from:
                    # expect: network-policy-peer-matches-nothing ingress peer podSelector tier=front-end
                    - podSelector:
                        matchLabels: {tier: front-end}
                    - podSelector:
                        matchLabels: {tier: frontend}
              egress:
                - to:
                    # expect: network-policy-peer-matches-nothing egress peer podSelector tier=database
                    - podSelector:
                        matchLabels: {tier: database}
            ---
            """ + deployment("web", "shop", "{app: web, tier: frontend}") + "---\n" + deployment("api", "shop", "{app: api, tier: backend}"))
        .verify();
  }

  @Test
  void positive_podsInANamespaceNamedByTheSelector() {
    tester
        .yaml("""
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: api, namespace: shop}
            spec:
              podSelector: {}
              ingress:
                - from:
                    # expect: network-policy-peer-matches-nothing namespace "monitoring"
                    - namespaceSelector:
                        matchLabels:
                          kubernetes.io/metadata.name: monitoring
                      podSelector:
                        matchLabels: {app: prometheus}
            ---
            """ + deployment("grafana", "monitoring", "{app: grafana}") + "---\n" + deployment("api", "shop", "{app: api}"))
        .verify();
  }

  @Test
  void positive_namespaceSelectorAloneWithNamespaceObjectsInTheInput() {
    tester
        .yaml("""
            apiVersion: v1
            kind: Namespace
            metadata:
              name: shop
              labels: {team: payments}
            ---
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: from-ingress, namespace: shop}
            spec:
              podSelector: {}
              ingress:
                - from:
                    # expect: network-policy-peer-matches-nothing namespaceSelector team=paymnts
                    - namespaceSelector:
                        matchLabels: {team: paymnts}
                    - namespaceSelector:
                        matchLabels: {team: payments}
                    - namespaceSelector:
                        matchLabels: {kubernetes.io/metadata.name: shop}
                    - namespaceSelector:
                        matchLabels: {kubernetes.io/metadata.name: kube-system}
            """)
        .verify();
  }

  @Test
  void negative_peersThatAreNeverDangling() {
    tester
        .yaml("""
            apiVersion: v1
            kind: Namespace
            metadata: {name: shop}
            ---
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: open, namespace: shop}
            spec:
              podSelector: {}
              policyTypes: [Ingress, Egress]
              ingress:
                - from:
                    - ipBlock: {cidr: 10.0.0.0/8, except: [10.1.0.0/16]}
                    - namespaceSelector: {}
                    - podSelector: {}
                - {}
              egress:
                - to:
                    - namespaceSelector: {}
                      podSelector:
                        matchLabels: {app: prometheus}
                    - namespaceSelector:
                        matchLabels: {kubernetes.io/metadata.name: kube-system}
                      podSelector:
                        matchLabels: {k8s-app: kube-dns}
                    - namespaceSelector:
                        matchLabels: {team: observability}
                      podSelector:
                        matchLabels: {app: tempo}
            ---
            """ + deployment("api", "shop", "{app: api}"))
        .verify();
  }

  @Test
  void negative_theInputDoesNotShowTheTargetNamespace() {
    tester
        // the guide's policy: no pod of namespace production in the input
        .yaml("""
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata:
              name: backend-netpol
              namespace: production
            spec:
              podSelector:
                matchLabels:
                  tier: backend
              ingress:
              - from:
                - podSelector:
                    matchLabels:
                      tier: frontend
            """)
        // a named namespace without pods in the input
        .yaml("""
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: api, namespace: shop}
            spec:
              podSelector: {}
              ingress:
                - from:
                    - namespaceSelector:
                        matchLabels: {kubernetes.io/metadata.name: monitoring}
                      podSelector:
                        matchLabels: {app: prometheus}
            ---
            """ + deployment("api", "shop", "{app: api}"))
        // a namespaceSelector alone, and no Namespace object to judge it by
        .yaml("""
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: api, namespace: shop}
            spec:
              podSelector: {}
              ingress:
                - from:
                    - namespaceSelector:
                        matchLabels: {kubernetes.io/metadata.name: ingress-nginx}
            """)
        .verify();
  }

  @Test
  void negative_namespaceKnownOnlyByNameMayCarryTheLabel() {
    tester
        .yaml("""
            apiVersion: v1
            kind: Namespace
            metadata: {name: shop}
            ---
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: api, namespace: shop}
            spec:
              podSelector: {}
              ingress:
                - from:
                    - namespaceSelector:
                        matchLabels: {team: observability}
            ---
            """ + deployment("grafana", "monitoring", "{app: grafana}"))
        .verify();
  }

  @Test
  void positive_namespaceObjectLabelsDecideForNamedNamespaces() {
    tester
        .yaml("""
            apiVersion: v1
            kind: Namespace
            metadata:
              name: monitoring
              labels: {team: observability}
            ---
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: api, namespace: shop}
            spec:
              podSelector: {}
              ingress:
                - from:
                    - namespaceSelector:
                        matchLabels:
                          kubernetes.io/metadata.name: monitoring
                          team: observability
                      podSelector:
                        matchLabels: {app: grafana}
                    # expect: network-policy-peer-matches-nothing
                    - namespaceSelector:
                        matchLabels:
                          kubernetes.io/metadata.name: monitoring
                          team: platform
                      podSelector:
                        matchLabels: {app: grafana}
            ---
            """ + deployment("grafana", "monitoring", "{app: grafana}") + "---\n" + deployment("api", "shop", "{app: api}"))
        .verify();
  }

  @Test
  void negative_peerFalsePositive_partialLabelsAndExpressions() {
    tester
        .yaml("""
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: backend}
            spec:
              podSelector: {matchLabels: {app: api}}
              ingress:
                - from:
                    - podSelector:
                        matchLabels: {tier: frontend}
                    - podSelector:
                        matchExpressions:
                          - {key: app, operator: In, values: [web, mobile]}
            ---
            apiVersion: apps/v1
            kind: StatefulSet
            metadata: {name: web}
            spec:
              serviceName: web
              selector: {matchLabels: {app: web}}
              template:
                metadata:
                  labels: {app: web, tier: frontend, version: v7}
                spec:
                  containers:
                    - {name: web, image: example/web:1.0}
            """)
        .verify();
  }

  @Test
  void negative_oddInput() {
    OddNetworkInput.assertQuiet(tester);
  }
}
