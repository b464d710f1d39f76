package dev.seaworthy.rules.cluster;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class EksAuthConfigmapTest {

  private final RuleTester tester = RuleTester.forRule(new EksAuthConfigmap());

  @Test
  void positive_moduleWithoutAccessEntriesEksctlAndRawDefaults() {
    tester.terraformYaml("""
        # expect: eks-auth-configmap module v19 has no access entries
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: "~> 19.0"
        """).yaml("""
        # expect: eks-auth-configmap API_AND_CONFIG_MAP (eksctl default)
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: eu-west-1
        """).terraformYaml("""
        # expect: eks-auth-configmap CONFIG_MAP (EKS API default)
        aws_eks_cluster.this:
          name: raw
        """).verify();
  }

  @Test
  void positive_explicitConfigMapMode() {
    tester.terraformYaml("""
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: "~> 20.0"
          # expect: eks-auth-configmap
          authentication_mode: API_AND_CONFIG_MAP
        """).verify();
  }

  @Test
  void negative_apiModeOrUnknown() {
    tester.terraformYaml("""
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: "~> 21.0"
          authentication_mode: API
        """).terraformYaml("""
        module.eks:
          source: terraform-aws-modules/eks/aws
          cluster_name: unknown-major
        """).terraformYaml("""
        aws_eks_cluster.this:
          name: raw
          access_config:
            - authentication_mode: ${var.mode}
        """).yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: eu-west-1
        accessConfig:
          authenticationMode: API
        """).verify();
  }
}
