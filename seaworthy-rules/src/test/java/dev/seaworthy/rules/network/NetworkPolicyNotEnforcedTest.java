package dev.seaworthy.rules.network;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class NetworkPolicyNotEnforcedTest {

  private final RuleTester tester = RuleTester.forRule(new NetworkPolicyNotEnforced());

  private static final String POLICY = """
      apiVersion: networking.k8s.io/v1
      kind: NetworkPolicy
      metadata:
        name: backend-netpol
        namespace: production
      spec:
        podSelector:
          matchLabels: {tier: backend}
        policyTypes: [Ingress]
      """;

  /** The guide's module add-ons (prefix delegation configured, no enableNetworkPolicy). */
  private static final String GUIDE_MODULE = """
      module.eks:
        source: terraform-aws-modules/eks/aws
        version: "~> 19.0"
        cluster_name: production-cluster
        cluster_addons:
          coredns: {most_recent: true}
          vpc-cni:
            most_recent: true
            # expect: network-policy-not-enforced add-on "vpc-cni" (module "eks") does not set enableNetworkPolicy: "true" while the input has 1 NetworkPolicy (production/backend-netpol) and no other policy engine
            configuration_values:
              env:
                ENABLE_PREFIX_DELEGATION: "true"
      """;

  @Test
  void positive_theGuide() {
    tester.verifyTogether(GUIDE_MODULE, POLICY);
  }

  @Test
  void positive_rawAddonWithoutConfigurationAndExplicitFalse() {
    tester.verifyTogether("""
        # expect: network-policy-not-enforced aws_eks_addon "cni" does not set enableNetworkPolicy
        aws_eks_addon.cni:
          cluster_name: c
          addon_name: vpc-cni
        """, POLICY + """
        ---
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: b, namespace: production}
        spec: {podSelector: {}}
        """);
    tester.yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: {name: c}
        addons:
          - name: vpc-cni
            # expect: network-policy-not-enforced eksctl add-on "vpc-cni"
            configurationValues: '{"enableNetworkPolicy": "false"}'
        ---
        """ + POLICY).verify();
  }

  @Test
  void negative_enforcementOnUnknownNoPoliciesOtherEngineOrNoManagedCni() {
    tester.yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: {name: c}
        addons:
          - name: vpc-cni
            configurationValues: |-
              enableNetworkPolicy: "true"
        ---
        """ + POLICY).yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: {name: c}
        addons:
          - name: vpc-cni
        """).yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: {name: c}
        addons:
          - name: vpc-cni
        ---
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: calico-node, namespace: kube-system}
        spec:
          selector: {matchLabels: {k8s-app: calico-node}}
          template:
            metadata: {labels: {k8s-app: calico-node}}
            spec:
              containers: [{name: calico-node, image: "quay.io/calico/node:v3.28.0"}]
        ---
        """ + POLICY).yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: {name: c}
        addons:
          - name: coredns
        ---
        """ + POLICY).verify();
    tester.verifyTogether("""
        aws_eks_addon.cni:
          cluster_name: c
          addon_name: vpc-cni
          configuration_values: ${jsonencode(local.cni)}
        aws_eks_addon.other:
          cluster_name: d
          addon_name: vpc-cni
        """, POLICY);
    tester.verifyTogether("""
        aws_eks_addon.cni:
          cluster_name: c
          addon_name: vpc-cni
          configuration_values: {enableNetworkPolicy: true}
        """, POLICY);
  }
}
