package dev.seaworthy.rules.cluster;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class EksKmsKeyIgnoredTest {

  private final RuleTester tester = RuleTester.forRule(new EksKmsKeyIgnored());

  @Test
  void positive_theGuidesModule() {
    tester.terraformYaml("""
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: "~> 19.0"
          cluster_name: production-cluster
          cluster_encryption_config:
            # expect: eks-kms-key-ignored create_kms_key is true (module v19 default)
            provider_key_arn: ${aws_kms_key.eks.arn}
            resources: ["secrets"]
        """).verify();
  }

  @Test
  void positive_explicitCreateKmsKeyAndTheMetadataExample() {
    tester.terraformYaml("""
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: "~> 20.0"
          create_kms_key: true
          cluster_encryption_config:
            # expect: eks-kms-key-ignored
            provider_key_arn: arn:aws:kms:eu-west-1:111122223333:key/abcd
        """).verify();
  }

  @Test
  void negative_keyUsedOrNotGivenOrUnknown() {
    tester.terraformYaml("""
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: "~> 19.0"
          create_kms_key: false
          cluster_encryption_config:
            provider_key_arn: ${aws_kms_key.eks.arn}
            resources: ["secrets"]
        """).terraformYaml("""
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: "~> 18.0"
          cluster_encryption_config:
            - provider_key_arn: ${aws_kms_key.eks.arn}
              resources: ["secrets"]
        """).terraformYaml("""
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: "~> 19.0"
          create_kms_key: ${var.create_key}
          cluster_encryption_config:
            provider_key_arn: ${aws_kms_key.eks.arn}
        """).terraformYaml("""
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: "~> 19.0"
        """).verify();
  }
}
