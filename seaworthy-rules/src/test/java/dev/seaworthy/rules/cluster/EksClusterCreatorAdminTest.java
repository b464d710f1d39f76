package dev.seaworthy.rules.cluster;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class EksClusterCreatorAdminTest {

  private final RuleTester tester = RuleTester.forRule(new EksClusterCreatorAdmin());

  @Test
  void positive_explicitlyTrue() {
    tester.terraformYaml("""
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: "~> 20.0"
          # expect: eks-cluster-creator-admin
          enable_cluster_creator_admin_permissions: true
        """).terraformYaml("""
        aws_eks_cluster.this:
          name: raw
          access_config:
            - authentication_mode: API
              # expect: eks-cluster-creator-admin
              bootstrap_cluster_creator_admin_permissions: true
        """).verify();
  }

  @Test
  void negative_defaultsFalseOrUnknown() {
    tester.yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: eu-west-1
        """).terraformYaml("""
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: "~> 20.0"
        """).terraformYaml("""
        aws_eks_cluster.this:
          name: raw
        """).terraformYaml("""
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: "~> 21.0"
          enable_cluster_creator_admin_permissions: ${var.admin}
        """).yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: eu-west-1
        accessConfig:
          bootstrapClusterCreatorAdminPermissions: false
        """).verify();
  }
}
