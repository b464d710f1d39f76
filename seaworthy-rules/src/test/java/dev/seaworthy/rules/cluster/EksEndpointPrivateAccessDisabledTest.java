package dev.seaworthy.rules.cluster;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class EksEndpointPrivateAccessDisabledTest {

  private final RuleTester tester = RuleTester.forRule(new EksEndpointPrivateAccessDisabled());

  @Test
  void positive_defaultsAndExplicit() {
    tester.yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: eu-west-1
        vpc:
          # expect: eks-endpoint-private-access-disabled (eksctl default)
          clusterEndpoints:
            publicAccess: true
        """).terraformYaml("""
        # expect: eks-endpoint-private-access-disabled (module v18 default)
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: "18.31.2"
        """).terraformYaml("""
        aws_eks_cluster.this:
          name: raw
          vpc_config:
            - endpoint_public_access: true
              # expect: eks-endpoint-private-access-disabled
              endpoint_private_access: false
        """).verify();
  }

  @Test
  void negative_onByModuleDefaultOrExplicitOrUnknown() {
    tester.terraformYaml(EksFixtures.GUIDE_MODULE).terraformYaml("""
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: "~> 20.0"
        """).terraformYaml("""
        aws_eks_cluster.this:
          name: raw
          vpc_config:
            - endpoint_private_access: ${var.private}
        """).yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: eu-west-1
        vpc:
          clusterEndpoints:
            privateAccess: true
        """).verify();
  }
}
