package dev.seaworthy.rules.cluster;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class EksSecretsEncryptionDisabledTest {

  private final RuleTester tester = RuleTester.forRule(new EksSecretsEncryptionDisabled());

  @Test
  void positive_eksctlModuleV18AndRawDefaults() {
    tester.yaml("""
        # expect: eks-secrets-encryption-disabled no secretsEncryption.keyARN
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: eu-west-1
        """).terraformYaml("""
        # expect: eks-secrets-encryption-disabled (module v18 default)
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: "~> 18.0"
        """).terraformYaml("""
        # expect: eks-secrets-encryption-disabled no encryption_config block
        aws_eks_cluster.this:
          name: raw
        """).verify();
  }

  @Test
  void positive_emptyEncryptionMapInV19() {
    tester.terraformYaml("""
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: "~> 19.0"
          # expect: eks-secrets-encryption-disabled turns it off
          cluster_encryption_config: {}
        """).verify();
  }

  @Test
  void negative_encryptedOrUnknown() {
    tester.terraformYaml(EksFixtures.GUIDE_MODULE).terraformYaml("""
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: "~> 21.0"
          encryption_config: {}
        """).terraformYaml("""
        module.eks:
          source: terraform-aws-modules/eks/aws
          cluster_name: no-version-default-differs-between-majors
        """).terraformYaml("""
        aws_eks_cluster.this:
          name: raw
          encryption_config:
            - resources: ["secrets"]
              provider:
                - key_arn: ${aws_kms_key.eks.arn}
        """).terraformYaml("""
        aws_eks_cluster.this:
          name: raw
          dynamic:
            - "@label": encryption_config
              for_each: ${var.encryption}
        """).yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: eu-west-1
        secretsEncryption:
          keyARN: arn:aws:kms:eu-west-1:111122223333:key/abcd
        """).verify();
  }
}
