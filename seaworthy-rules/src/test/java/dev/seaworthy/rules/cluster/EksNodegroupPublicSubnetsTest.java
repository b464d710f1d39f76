package dev.seaworthy.rules.cluster;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class EksNodegroupPublicSubnetsTest {

  private final RuleTester tester = RuleTester.forRule(new EksNodegroupPublicSubnets());

  @Test
  void positive_eksctlCreatesTheVpcAndTerraformPublicSubnets() {
    tester.yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: {name: c}
        iam: {withOIDC: true}  # a cluster definition, not only node groups
        managedNodeGroups:
          # expect: eks-nodegroup-public-subnets eksctl managed node group "a" runs in public subnets: privateNetworking is false (eksctl default) and eksctl creates the VPC
          - name: a
          - name: b
            # expect: eks-nodegroup-public-subnets privateNetworking is false and
            privateNetworking: false
          - name: c
            privateNetworking: true
        """).terraformYaml("""
        module.vpc:
          source: terraform-aws-modules/vpc/aws
          name: v
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: "~> 20.0"
          cluster_name: c
          # expect: eks-nodegroup-public-subnets managed node group "a" (module "eks") places its nodes in module.vpc.public_subnets
          subnet_ids: ${module.vpc.public_subnets}
          eks_managed_node_groups:
            a: {instance_types: ["m5.large"]}
            b:
              subnet_ids: ${module.vpc.private_subnets}
        """).verify();
  }

  @Test
  void negative_nodeGroupsOnlyConfigsExistingPrivateSubnetsAndOtherModules() {
    // the guide's eksctl config only adds a group to the Terraform cluster: its subnets are not known here
    tester.verifyTogether(Guide.TERRAFORM, Guide.EKSCTL);
    tester.yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: {name: c}
        vpc:
          subnets:
            private:
              us-east-1a: {id: subnet-1}
              us-east-1b: {id: subnet-2}
        managedNodeGroups:
          - name: a
            privateNetworking: true
          - name: explicit
            subnets: [subnet-9]
        """).terraformYaml("""
        module.net:
          source: ./modules/network
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: "~> 20.0"
          cluster_name: c
          subnet_ids: ${module.net.public_subnets}
          eks_managed_node_groups:
            a: {instance_types: ["m5.large"]}
        """).verify();
  }
}
