package dev.seaworthy.rules.cluster;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class EksVpcCniConfigAfterNodesTest {

  private final RuleTester tester = RuleTester.forRule(new EksVpcCniConfigAfterNodes());

  @Test
  void positive_guideAndAnExplicitFalseAndAJsonString() {
    tester.terraformYaml(Guide.TERRAFORM.replace("""
          vpc-cni:
            most_recent: true
      """, """
          # expect: eks-vpc-cni-config-after-nodes add-on "vpc-cni" (module "eks") has no before_compute = true (module v19 default), so its configuration_values (ENABLE_PREFIX_DELEGATION, WARM_PREFIX_TARGET) are applied after the node groups are created
          vpc-cni:
            most_recent: true
      """)).terraformYaml("""
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: "~> 21.0"
          name: c
          addons:
            vpc-cni:
              # expect: eks-vpc-cni-config-after-nodes has no before_compute = true, so its configuration_values (AWS_VPC_K8S_CNI_CUSTOM_NETWORK_CFG)
              before_compute: false
              configuration_values: '{"env": {"AWS_VPC_K8S_CNI_CUSTOM_NETWORK_CFG": "true"}}'
          self_managed_node_groups:
            a: {instance_type: m5.large}
        """).verify();
  }

  @Test
  void negative_beforeComputeNoConfigV18NoGroupsRawAddon() {
    tester.terraformYaml("""
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: "~> 20.0"
          cluster_name: c
          cluster_addons:
            vpc-cni:
              before_compute: true
              configuration_values: {env: {ENABLE_PREFIX_DELEGATION: "true"}}
            coredns:
              configuration_values: {replicaCount: 3}
          eks_managed_node_groups:
            a: {instance_types: ["m5.large"]}
        """).terraformYaml("""
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: "~> 20.0"
          cluster_name: c
          cluster_addons:
            vpc-cni: {most_recent: true}
          eks_managed_node_groups:
            a: {instance_types: ["m5.large"]}
        """).terraformYaml("""
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: "~> 18.0"
          cluster_name: c
          cluster_addons:
            vpc-cni:
              configuration_values: {env: {ENABLE_PREFIX_DELEGATION: "true"}}
          eks_managed_node_groups:
            a: {instance_types: ["m5.large"]}
        """).terraformYaml("""
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: "~> 20.0"
          cluster_name: c
          cluster_addons:
            vpc-cni:
              configuration_values: {env: {ENABLE_PREFIX_DELEGATION: "true"}}
        aws_eks_addon.cni:
          cluster_name: c
          addon_name: vpc-cni
          configuration_values: '{"env": {"ENABLE_PREFIX_DELEGATION": "true"}}'
        """).verify();
  }
}
