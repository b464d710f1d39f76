package dev.seaworthy.rules.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class EksEndpointPublicUnrestrictedTest {

  private final RuleTester tester = RuleTester.forRule(new EksEndpointPublicUnrestricted());

  @Test
  void positive_eksctlDefaultsArePublicAndOpen() {
    tester.yaml("""
        # expect: eks-endpoint-public-unrestricted (eksctl default)
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: eu-west-1
        """).verify();
  }

  @Test
  void positive_eksctlExplicitAnywhere() {
    tester.yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: eu-west-1
        vpc:
          clusterEndpoints:
            publicAccess: true
            privateAccess: true
          publicAccessCIDRs:
            - 52.94.0.0/16
            # expect: eks-endpoint-public-unrestricted admits 0.0.0.0/0
            - 0.0.0.0/0
        """).verify();
  }

  @Test
  void positive_moduleV18DefaultAndRawCluster() {
    tester.terraformYaml("""
        # expect: eks-endpoint-public-unrestricted (module v18 default)
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: "~> 18.0"
          cluster_name: old
        """).terraformYaml("""
        aws_eks_cluster.this:
          name: raw
          vpc_config:
            # expect: eks-endpoint-public-unrestricted (EKS API default)
            - subnet_ids: ["subnet-a", "subnet-b"]
        """).verify();
  }

  @Test
  void positive_publicOnWithoutCidrsInModuleV19() {
    tester.terraformYaml("""
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: "~> 19.0"
          cluster_name: c
          # expect: eks-endpoint-public-unrestricted no public access CIDRs
          cluster_endpoint_public_access: true
        """).verify();
  }

  @Test
  void negative_privateOrRestrictedOrUnknown() {
    tester.yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: eu-west-1
        vpc:
          clusterEndpoints:
            publicAccess: false
            privateAccess: true
        """).yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: eu-west-1
        vpc:
          publicAccessCIDRs: [52.94.0.0/16]
        """).terraformYaml(EksFixtures.GUIDE_MODULE).terraformYaml("""
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: "~> 19.0"
          cluster_name: c
        """).terraformYaml("""
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: "~> 18.0"
          cluster_endpoint_public_access: ${var.public}
        """).terraformYaml("""
        module.eks:
          source: terraform-aws-modules/eks/aws
          cluster_name: no-version-public-default-differs
        """).verify();
  }

  @Test
  void negative_eksctlConfigThatDeclaresOnlyNodeGroups() {
    tester.yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: production-cluster
          region: us-east-1
        managedNodeGroups:
          - name: system
            instanceTypes: [m6i.large]
        """).verify();
  }

  @Test
  void positive_eksctlConfigWithAClusterSectionAndNodeGroups() {
    tester.yaml("""
        # expect: eks-endpoint-public-unrestricted (eksctl default)
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: eu-west-1
        iam:
          withOIDC: true
        managedNodeGroups:
          - name: system
        """).verify();
  }

  @Test
  void negative_eksctlThatOnlyAddsNodeGroupsToATerraformCluster() {
    assertThat(tester.audit(EksFixtures.guideWithEksctl()).findings()).isEmpty();
  }
}
