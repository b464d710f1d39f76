package dev.seaworthy.rules.cluster;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class EksEbsCsiNoIrsaTest {

  private final RuleTester tester = RuleTester.forRule(new EksEbsCsiNoIrsa());

  @Test
  void positive_moduleEntryAndEksctlWithoutOidc() {
    tester.terraformYaml("""
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: "~> 20.0"
          cluster_name: c
          cluster_addons:
            # expect: eks-ebs-csi-no-irsa add-on "aws-ebs-csi-driver" (module "eks") has no IAM role of its own
            aws-ebs-csi-driver:
              most_recent: true
        """).yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: {name: c}
        addons:
          # expect: eks-ebs-csi-no-irsa eksctl add-on "aws-ebs-csi-driver"
          - name: aws-ebs-csi-driver
        """).verify();
  }

  @Test
  void negative_guideRoleOidcAndNodeGroupOnlyConfigs() {
    tester.terraformYaml(Guide.TERRAFORM).yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: {name: c}
        iam: {withOIDC: true}
        addons:
          - name: aws-ebs-csi-driver
        """).yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: {name: c}
        addons:
          - name: aws-ebs-csi-driver
            serviceAccountRoleARN: arn:aws:iam::111122223333:role/ebs
        """).verify();
    tester.verifyTogether(Guide.TERRAFORM, """
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: {name: production-cluster}
        addons:
          - name: aws-ebs-csi-driver
        """);
  }
}
