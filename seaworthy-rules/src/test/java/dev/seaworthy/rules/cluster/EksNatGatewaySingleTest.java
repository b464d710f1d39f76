package dev.seaworthy.rules.cluster;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class EksNatGatewaySingleTest {

  private final RuleTester tester = RuleTester.forRule(new EksNatGatewaySingle());

  @Test
  void positive_vpcModuleAndEksctlDefaults() {
    tester.terraformYaml("""
        module.vpc:
          source: terraform-aws-modules/vpc/aws
          version: "~> 5.0"
          enable_nat_gateway: true
          # expect: eks-nat-gateway-single module "vpc" routes every private subnet through a single NAT gateway
          single_nat_gateway: true
        """).yaml("""
        # expect: eks-nat-gateway-single vpc.nat.gateway is not set (eksctl default: Single)
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: {name: c}
        iam: {withOIDC: true}  # a cluster definition, not only node groups
        managedNodeGroups:
          - name: a
            privateNetworking: true
        """).yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: {name: c}
        vpc:
          nat:
            # expect: eks-nat-gateway-single vpc.nat.gateway is Single
            gateway: Single
        fargateProfiles:
          - name: fp
            selectors: [{namespace: default}]
        """).verify();
  }

  @Test
  void negative_perSubnetDefaultHaExistingVpcPublicNodesAndNodeGroupOnlyConfigs() {
    tester.terraformYaml("""
        module.vpc:
          source: terraform-aws-modules/vpc/aws
          enable_nat_gateway: true
        module.vpc2:
          source: terraform-aws-modules/vpc/aws
          single_nat_gateway: true
        module.vpc3:
          source: terraform-aws-modules/vpc/aws
          enable_nat_gateway: true
          one_nat_gateway_per_az: true
          single_nat_gateway: ${var.single}
        """).yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: {name: c}
        vpc:
          nat: {gateway: HighlyAvailable}
        managedNodeGroups:
          - name: a
            privateNetworking: true
        """).yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: {name: c}
        vpc:
          id: vpc-123
          subnets:
            private:
              us-east-1a: {id: subnet-1}
        managedNodeGroups:
          - name: a
            privateNetworking: true
        """).yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: {name: c}
        managedNodeGroups:
          - name: public
        """).verify();
    tester.verifyTogether(Guide.TERRAFORM, Guide.EKSCTL.replace("  - name: spot-node-group", "  - name: spot-node-group\n    privateNetworking: true"));
  }
}
