package dev.seaworthy.rules.cluster;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class KmsKeyRotationDisabledTest {

  private final RuleTester tester = RuleTester.forRule(new KmsKeyRotationDisabled());

  @Test
  void positive_keyWithoutRotationAsInTheMetadataExample() {
    tester.terraformYaml("""
        # expect: kms-key-rotation-disabled the AWS provider default is false
        aws_kms_key.eks:
          description: EKS Secrets encryption
        aws_kms_key.other:
          description: explicit
          # expect: kms-key-rotation-disabled aws_kms_key "other"
          enable_key_rotation: false
        """).verify();
  }

  @Test
  void positive_moduleKeyRotationTurnedOff() {
    tester.terraformYaml("""
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: "~> 19.0"
          # expect: kms-key-rotation-disabled enable_kms_key_rotation = false
          enable_kms_key_rotation: false
        """).verify();
  }

  @Test
  void negative_rotatingAsymmetricOrUnknown() {
    tester.terraformYaml("""
        aws_kms_key.eks:
          description: EKS Secrets encryption
          enable_key_rotation: true
        aws_kms_key.signing:
          customer_master_key_spec: RSA_2048
          key_usage: SIGN_VERIFY
        aws_kms_key.maybe:
          enable_key_rotation: ${var.rotate}
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: "~> 19.0"
        module.eks_v18:
          source: terraform-aws-modules/eks/aws
          version: "~> 18.0"
          enable_kms_key_rotation: false
        """).verify();
  }
}
