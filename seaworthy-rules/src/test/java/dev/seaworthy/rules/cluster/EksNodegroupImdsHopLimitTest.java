package dev.seaworthy.rules.cluster;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class EksNodegroupImdsHopLimitTest {

  private final RuleTester tester = RuleTester.forRule(new EksNodegroupImdsHopLimit());

  @Test
  void positive_moduleV19DefaultEksctlDefaultAndExplicit() {
    tester.terraformYaml("""
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: "~> 19.0"
          cluster_name: c
          eks_managed_node_groups:
            # expect: eks-nodegroup-imds-hop-limit managed node group "a" (module "eks") has an IMDS hop limit of 2 (module v19 default)
            a:
              instance_types: ["m5.large"]
            b:
              # expect: eks-nodegroup-imds-hop-limit hop limit of 3:
              metadata_options: {http_tokens: required, http_put_response_hop_limit: 3}
        """).yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: {name: c}
        nodeGroups:
          # expect: eks-nodegroup-imds-hop-limit hop limit of 2 (eksctl default: its launch template without disablePodIMDS)
          - name: a
            instanceType: m5.large
        """).verify();
  }

  @Test
  void negative_v21DefaultPodImdsIMDSv1AllowedAndUnknownMajor() {
    tester.terraformYaml("""
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: "~> 21.0"
          name: c
          eks_managed_node_groups:
            a: {instance_types: ["m5.large"]}
            b:
              metadata_options: {http_tokens: optional, http_put_response_hop_limit: 2}
        """).terraformYaml("""
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: ">= 20.0"
          cluster_name: c
          eks_managed_node_groups:
            a: {instance_types: ["m5.large"]}
        """).yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: {name: c}
        managedNodeGroups:
          - name: a
            disablePodIMDS: true
        """).verify();
  }
}
