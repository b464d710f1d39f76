package dev.seaworthy.rules.network;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class NetworkPolicyDnsBlockedTest {

  private final RuleTester tester = RuleTester.forRule(new NetworkPolicyDnsBlocked());

  private static final String API = """
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: api, namespace: shop}
      spec:
        selector: {matchLabels: {app: api}}
        template:
          metadata:
            labels: {app: api, tier: backend}
          spec:
            containers:
              - {name: api, image: example/api:1.0}
      """;

  private static final String DEFAULT_DENY = """
      apiVersion: networking.k8s.io/v1
      kind: NetworkPolicy
      metadata: {name: default-deny, namespace: shop}
      spec:
        podSelector: {}
        policyTypes:
          - Ingress
          - Egress
      """;

  private static final String ALLOW_DNS = """
      apiVersion: networking.k8s.io/v1
      kind: NetworkPolicy
      metadata: {name: allow-dns-access, namespace: shop}
      spec:
        podSelector:
          matchLabels: {}
        policyTypes:
          - Egress
        egress:
          - to:
              - namespaceSelector:
                  matchLabels:
                    kubernetes.io/metadata.name: kube-system
                podSelector:
                  matchLabels:
                    k8s-app: kube-dns
            ports:
              - protocol: UDP
                port: 53
      """;

  @Test
  void positive_egressRulesWithoutDnsAndNoPodsInTheInput() {
    tester
        .yaml("""
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: backend-egress, namespace: shop}
            spec:
              podSelector:
                matchLabels: {tier: backend}
              policyTypes: [Egress]
              # expect: network-policy-dns-blocked pods with labels tier=backend
              egress:
                - to:
                    - podSelector: {matchLabels: {tier: database}}
                  ports:
                    - {protocol: TCP, port: 3306}
            """)
        .verify();
  }

  @Test
  void positive_defaultDenyWithoutAllowDns() {
    tester
        .yaml(DEFAULT_DENY.replace("    - Egress", "    # expect: network-policy-dns-blocked the pods of Deployment \"api\"\n    - Egress") + "---\n" + API)
        .verify();
  }

  @Test
  void positive_reportedOnThePolicyWithEgressRulesNotOnTheDefaultDeny() {
    tester
        .yaml(DEFAULT_DENY + """
            ---
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: api-egress, namespace: shop}
            spec:
              podSelector: {matchLabels: {app: api}}
              policyTypes: [Egress]
              # expect: network-policy-dns-blocked every name lookup they make fails
              egress:
                - ports:
                    - {protocol: TCP, port: 443}
            ---
            """ + API)
        .verify();
  }

  @Test
  void negative_bestPracticesGuidePattern_defaultDenyPlusAllowDns() {
    tester.yaml(DEFAULT_DENY + "---\n" + ALLOW_DNS + "---\n" + API).verify();
  }

  @Test
  void negative_deliberateEgressIsolationOfChosenPods() {
    tester
        .yaml("""
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: no-egress, namespace: shop}
            spec:
              podSelector: {matchLabels: {app: api}}
              policyTypes: [Egress]
            ---
            """ + DEFAULT_DENY + "---\n" + API)
        .verify();
  }

  @Test
  void negative_rulesThatAllowPort53() {
    tester
        .yaml("""
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: no-ports, namespace: shop}
            spec:
              podSelector: {matchLabels: {app: api}}
              policyTypes: [Egress]
              egress:
                - to:
                    - ipBlock: {cidr: 10.0.0.0/8}
            """)
        .yaml("""
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: no-destination, namespace: shop}
            spec:
              podSelector: {matchLabels: {app: api}}
              policyTypes: [Egress]
              egress:
                - ports:
                    - {protocol: TCP, port: 443}
                - ports:
                    - {protocol: UDP, port: 53}
                    - {protocol: TCP, port: 53}
            """)
        .yaml("""
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: tcp-any-port, namespace: shop}
            spec:
              podSelector: {matchLabels: {app: api}}
              policyTypes: [Egress]
              # every TCP port but no UDP: lookups (UDP) still fail
              # expect: network-policy-dns-blocked only over TCP
              egress:
                - ports:
                    - protocol: TCP
            """)
        .verify();
  }

  @Test
  void negative_unionWithAnotherPolicyThatMaySelectTheSamePods() {
    tester
        .yaml("""
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: backend-egress, namespace: shop}
            spec:
              podSelector: {matchLabels: {tier: backend}}
              policyTypes: [Egress]
              egress:
                - ports:
                    - {protocol: TCP, port: 5432}
            ---
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: team-dns, namespace: shop}
            spec:
              podSelector: {matchLabels: {team: payments}}
              policyTypes: [Egress]
              egress:
                - ports:
                    - {protocol: UDP, port: 53}
                    - {protocol: TCP, port: 53}
            """)
        .verify();
  }

  @Test
  void positive_disjointPolicyDoesNotHelp() {
    tester
        .yaml("""
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: backend-egress, namespace: shop}
            spec:
              podSelector: {matchLabels: {tier: backend}}
              policyTypes: [Egress]
              # expect: network-policy-dns-blocked
              egress:
                - ports:
                    - {protocol: TCP, port: 5432}
            ---
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: frontend-dns, namespace: shop}
            spec:
              podSelector: {matchLabels: {tier: frontend}}
              policyTypes: [Egress]
              egress:
                - ports:
                    - {protocol: UDP, port: 53}
            """)
        .verify();
  }

  @Test
  void negative_egressNotRestricted() {
    // policyTypes defaults to Ingress alone when there are no egress rules
    tester
        .yaml("""
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: ingress-only, namespace: shop}
            spec:
              podSelector: {}
              ingress:
                - from:
                    - podSelector: {}
            ---
            """ + API)
        .verify();
  }

  @Test
  void negative_udpOnlyDnsIsTheOtherRulesFinding() {
    tester
        .yaml("""
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: backend-netpol, namespace: shop}
            spec:
              podSelector: {matchLabels: {tier: backend}}
              policyTypes: [Egress]
              egress:
                - to:
                    - podSelector: {matchLabels: {tier: database}}
                  ports:
                    - {protocol: TCP, port: 3306}
                - ports:
                    - {protocol: UDP, port: 53}
            ---
            """ + API)
        .verify();
  }

  @Test
  void negative_defaultDenyWithoutPodsOrWithHostNetworkPodsOnly() {
    tester
        .yaml(DEFAULT_DENY)
        .yaml(DEFAULT_DENY + """
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
            """)
        .verify();
  }

  @Test
  void negative_otherPolicyEnginesMayAllowDns() {
    tester
        .yaml(DEFAULT_DENY + "---\n" + API + """
            ---
            apiVersion: projectcalico.org/v3
            kind: GlobalNetworkPolicy
            metadata: {name: allow-dns}
            spec:
              selector: all()
              types: [Egress]
              egress:
                - action: Allow
                  protocol: UDP
                  destination: {ports: [53]}
            """)
        .verify();
  }

  @Test
  void negative_peerFalsePositive_emptyPodSelectorAllowDnsCoversEveryPod() {
    tester
        .yaml(DEFAULT_DENY + """
            ---
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: allow-dns, namespace: shop}
            spec:
              podSelector: {}
              egress:
                - ports:
                    - {protocol: UDP, port: 53}
                    - {protocol: TCP, port: 53}
            ---
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: api-egress, namespace: shop}
            spec:
              podSelector: {matchLabels: {app: api}}
              policyTypes: [Egress]
              egress:
                - ports:
                    - {protocol: TCP, port: 443}
            ---
            """ + API)
        .verify();
  }

  @Test
  void negative_oddInput() {
    OddNetworkInput.assertQuiet(tester);
  }

  @Test
  void positive_port53WithoutProtocolMeansTcpOnly() {
    RuleTester.forRule(new NetworkPolicyDnsBlocked()).yaml("""
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web, namespace: ns3}
        spec:
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec:
              containers: [{name: web, image: nginx:1.27}]
        ---
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: web-egress, namespace: ns3}
        spec:
          podSelector: {matchLabels: {app: web}}
          policyTypes: [Egress]
          # expect: network-policy-dns-blocked only over TCP
          egress:
            - ports:
                - port: 53
        """).verify();
  }
}
