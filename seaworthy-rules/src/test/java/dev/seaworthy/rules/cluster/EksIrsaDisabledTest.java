package dev.seaworthy.rules.cluster;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class EksIrsaDisabledTest {

  private final RuleTester tester = RuleTester.forRule(new EksIrsaDisabled());

  @Test
  void positive_eksctlDefaultRawWithoutProviderAndModuleOff() {
    tester.yaml("""
        # expect: eks-irsa-disabled (eksctl default)
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: eu-west-1
        """).terraformYaml("""
        # expect: eks-irsa-disabled in the audited input
        aws_eks_cluster.this:
          name: raw
        """).terraformYaml("""
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: "~> 20.0"
          # expect: eks-irsa-disabled
          enable_irsa: false
        """).verify();
  }

  @Test
  void negative_oidcOrPodIdentityOrUnknown() {
    tester.terraformYaml(EksFixtures.GUIDE_MODULE).yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: eu-west-1
        iam:
          withOIDC: true
        """).yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: eu-west-1
        addons:
          - name: eks-pod-identity-agent
        """).terraformYaml("""
        aws_eks_cluster.this:
          name: raw
        aws_iam_openid_connect_provider.eks:
          url: ${aws_eks_cluster.this.identity[0].oidc[0].issuer}
          client_id_list: ["sts.amazonaws.com"]
        """).terraformYaml("""
        aws_eks_cluster.this:
          name: raw
        aws_eks_addon.pod_identity:
          cluster_name: ${aws_eks_cluster.this.name}
          addon_name: eks-pod-identity-agent
        """).terraformYaml("""
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: "~> 20.0"
          enable_irsa: false
          cluster_addons:
            eks-pod-identity-agent: {most_recent: true}
        """).terraformYaml("""
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: "~> 20.0"
          enable_irsa: ${var.irsa}
        """).verify();
  }
}
