package dev.seaworthy.rules.cluster;

import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.core.rule.InventoryRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.eks.EksClusterView;
import dev.seaworthy.core.view.eks.Setting;
import java.util.List;
import java.util.Optional;

@RuleInfo(
    id = "eks-secrets-encryption-disabled",
    title = "EKS Secrets are not envelope-encrypted with a customer-managed KMS key",
    severity = Severity.HIGH,
    category = Category.SECRETS,
    checklist = {ChecklistItem.SECRETS_MANAGEMENT},
    description = """
        Envelope encryption with a KMS key you own protects Kubernetes Secrets in etcd with a key \
        whose policy, rotation and use (CloudTrail) you control, and that you can revoke. Without \
        it, clusters before 1.28 keep Secrets only under disk encryption, and from 1.28 EKS encrypts \
        them with an AWS owned key that you cannot audit, rotate or revoke. The EKS API, eksctl and \
        module v18 leave it off by default; modules v19 and later create a key and turn it on. Read \
        from Terraform (module terraform-aws-modules/eks with its major's defaults, aws_eks_cluster \
        encryption_config) and eksctl secretsEncryption.""",
    remediation = "Encrypt Secrets with a customer-managed KMS key (encryption_config with resources [\"secrets\"], or eksctl secretsEncryption.keyARN).",
    references = {
      "https://docs.aws.amazon.com/eks/latest/userguide/envelope-encryption.html",
      "https://docs.aws.amazon.com/eks/latest/best-practices/data-encryption-and-secrets-management.html"
    },
    equivalents = {"checkov:CKV_AWS_58", "trivy:AVD-AWS-0039", "kubescape:C-0066"},
    example = """
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: eu-west-1
        """,
    fixedExample = """
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: eu-west-1
        secretsEncryption:
          keyARN: arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab
        """)
public final class EksSecretsEncryptionDisabled implements InventoryRule {

  @Override
  public boolean appliesTo(Resource resource) {
    return EksRules.isCluster(resource);
  }

  @Override
  public List<Violation> check(Resource resource, RuleContext context) {
    Optional<EksClusterView> view = EksRules.judged(resource, context);
    if (view.isEmpty()) {
      return List.of();
    }
    EksClusterView c = view.get();
    Setting<Boolean> enabled = c.encryption().enabled();
    if (!enabled.is(false)) {
      return List.of();
    }
    String why = enabled.isDefault() ? " (" + enabled.by() + ")" : " (the encryption configuration written here turns it off)";
    return List.of(Violation.of(enabled.node(), c.describe() + ": Kubernetes Secrets are not envelope-encrypted with a customer-managed KMS key" + why));
  }
}
