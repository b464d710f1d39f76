package dev.seaworthy.rules.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.rule.PatchOp;
import dev.seaworthy.core.testing.RuleTester;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NetworkPolicyDnsUdpOnlyTest {

  private final RuleTester tester = RuleTester.forRule(new NetworkPolicyDnsUdpOnly());

  /** The guide's policy, as examples/eks-production/security/network-policies.yaml has it. */
  private static final String GUIDE = """
      # network-policies.yaml
      apiVersion: networking.k8s.io/v1
      kind: NetworkPolicy
      metadata:
        name: backend-netpol
        namespace: production
      spec:
        podSelector:
          matchLabels:
            tier: backend
        policyTypes:
        - Ingress
        - Egress
        ingress:
        - from:
          - podSelector:
              matchLabels:
                tier: frontend
          ports:
          - protocol: TCP
            port: 8080
        egress:
        - to:
          - podSelector:
              matchLabels:
                tier: database
          ports:
          - protocol: TCP
            port: 3306
        - to:
          - namespaceSelector: {}
            podSelector:
              matchLabels:
                k8s-app: kube-dns
          ports:
          # expect: network-policy-dns-udp-only DNS over UDP port 53 only
          - protocol: UDP
            port: 53
      """;

  @Test
  void positive_theGuidesBackendPolicy() {
    tester.yaml(GUIDE).verify();
  }

  @Test
  void positive_podsInTheInputAndAPolicyForOtherPodsAllowingTcp() {
    tester
        .yaml("""
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: api-egress, namespace: shop}
            spec:
              podSelector:
                matchLabels: {app: api}
              policyTypes: [Egress]
              egress:
                - ports:
                    # expect: network-policy-dns-udp-only the pods of Deployment "api"
                    - {protocol: UDP, port: 53}
            ---
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: worker-dns, namespace: shop}
            spec:
              podSelector:
                matchLabels: {app: worker}
              policyTypes: [Egress]
              egress:
                - ports:
                    - {protocol: UDP, port: 53}
                    - {protocol: TCP, port: 53}
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: api, namespace: shop}
            spec:
              selector:
                matchLabels: {app: api}
              template:
                metadata:
                  labels: {app: api}
                spec:
                  containers:
                    - {name: api, image: example/api:1.0}
            """)
        .verify();
  }

  @Test
  void positive_rangeContainingDnsAndDefaultPolicyTypes() {
    // no policyTypes: egress rules make it an Egress policy
    tester
        .yaml("""
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: udp-range}
            spec:
              podSelector: {}
              egress:
                - to:
                    - ipBlock: {cidr: 10.100.0.10/32}
                  ports:
                    # expect: network-policy-dns-udp-only every pod of namespace "default"
                    - protocol: UDP
                      port: 50
                      endPort: 60
            """)
        .verify();
  }

  @Test
  void negative_tcpAllowedBySamePolicyOrAnotherPolicyOfTheSamePods() {
    tester
        .yaml("""
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: both, namespace: shop}
            spec:
              podSelector: {matchLabels: {tier: backend}}
              policyTypes: [Egress]
              egress:
                - ports:
                    - {protocol: UDP, port: 53}
                - ports:
                    - {protocol: TCP, port: 53}
            """)
        .yaml("""
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: backend, namespace: shop}
            spec:
              podSelector: {matchLabels: {tier: backend}}
              policyTypes: [Egress]
              egress:
                - ports:
                    - {protocol: UDP, port: 53}
            ---
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: allow-dns-tcp, namespace: shop}
            spec:
              podSelector: {}
              policyTypes: [Egress]
              egress:
                - ports:
                    - {protocol: TCP, port: 53}
            """)
        .yaml("""
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: backend, namespace: shop}
            spec:
              podSelector: {matchLabels: {tier: backend}}
              policyTypes: [Egress]
              egress:
                - ports:
                    - {protocol: UDP, port: 53}
                - to:
                    - ipBlock: {cidr: 0.0.0.0/0}
            """)
        .verify();
  }

  @Test
  void negative_podsInTheInputCoveredByAnotherPolicy() {
    tester
        .yaml("""
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: api, namespace: shop}
            spec:
              podSelector: {matchLabels: {app: api}}
              policyTypes: [Egress]
              egress:
                - ports:
                    - {protocol: UDP, port: 53}
            ---
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: team, namespace: shop}
            spec:
              podSelector: {matchLabels: {team: payments}}
              policyTypes: [Egress]
              egress:
                - ports:
                    - {protocol: TCP, port: dns-tcp}
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: api, namespace: shop}
            spec:
              selector: {matchLabels: {app: api}}
              template:
                metadata:
                  labels: {app: api, team: payments}
                spec:
                  containers:
                    - {name: api, image: example/api:1.0}
            """)
        .verify();
  }

  @Test
  void negative_egressNotRestrictedOrNoExplicitUdp53() {
    tester
        .yaml("""
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: ingress-only}
            spec:
              podSelector: {}
              policyTypes: [Ingress]
              egress:
                - ports:
                    - {protocol: UDP, port: 53}
            """)
        .yaml("""
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: all-udp}
            spec:
              podSelector: {}
              policyTypes: [Egress]
              egress:
                - ports:
                    - {protocol: UDP}
            """)
        .yaml("""
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: named-udp}
            spec:
              podSelector: {}
              policyTypes: [Egress]
              egress:
                - ports:
                    - {protocol: UDP, port: dns}
            """)
        .verify();
  }

  @Test
  void negative_otherPolicyEngineMayAllowTcp() {
    tester
        .yaml(GUIDE.replaceAll("(?m)^\\s*# expect:.*\\n", "") + """
            ---
            apiVersion: cilium.io/v2
            kind: CiliumNetworkPolicy
            metadata: {name: dns, namespace: production}
            spec:
              endpointSelector: {}
            """)
        .verify();
  }

  @Test
  void negative_peerFalsePositive_emptyPodSelectorPolicyAllowsTcpForEveryPod() {
    tester
        .yaml(GUIDE.replaceAll("(?m)^\\s*# expect:.*\\n", "") + """
            ---
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata:
              name: allow-dns
              namespace: production
            spec:
              podSelector: {}
              egress:
                - to:
                    - namespaceSelector:
                        matchLabels:
                          kubernetes.io/metadata.name: kube-system
                  ports:
                    - {protocol: UDP, port: 53}
                    - {protocol: TCP, port: 53}
            """)
        .verify();
  }

  @Test
  void fixAddsTcp53ToTheSameRule() {
    var findings = tester.findings(GUIDE);
    Map<String, Object> tcp = new LinkedHashMap<>();
    tcp.put("protocol", "TCP");
    tcp.put("port", 53);
    assertThat(findings).singleElement().satisfies(f ->
        assertThat(f.fixes().get(0).ops()).containsExactly(PatchOp.add("/spec/egress/1/ports/1", tcp)));
  }

  @Test
  void negative_oddInput() {
    OddNetworkInput.assertQuiet(tester);
  }
}
