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
import java.util.List;
import java.util.Optional;

@RuleInfo(
    id = "eks-kms-key-ignored",
    title = "EKS module ignores the customer KMS key it is given",
    severity = Severity.MEDIUM,
    category = Category.SECRETS,
    checklist = {ChecklistItem.SECRETS_MANAGEMENT},
    description = """
        terraform-aws-modules/eks uses `provider_key_arn` only when `create_kms_key` is false: in \
        every major the key is `var.create_kms_key ? module.kms.key_arn : provider_key_arn`, and \
        `create_kms_key` defaults to true from v19. A configuration that passes its own key without \
        `create_kms_key = false` therefore encrypts Secrets with a second key the module creates, \
        under the module's key policy, while the team believes its own key, policy and rotation \
        apply. Read from the module's inputs resolved against its major version's defaults.""",
    remediation = "Set `create_kms_key = false` next to `provider_key_arn`, or drop `provider_key_arn` and rely on the module's key.",
    references = {
      "https://github.com/terraform-aws-modules/terraform-aws-eks/blob/master/main.tf",
      "https://docs.aws.amazon.com/eks/latest/userguide/envelope-encryption.html"
    },
    example = """
        module "eks" {
          source  = "terraform-aws-modules/eks/aws"
          version = "~> 19.0"

          cluster_name    = "prod"
          cluster_version = "1.33"

          cluster_encryption_config = {
            provider_key_arn = aws_kms_key.eks.arn
            resources        = ["secrets"]
          }
        }
        """,
    fixedExample = """
        module "eks" {
          source  = "terraform-aws-modules/eks/aws"
          version = "~> 19.0"

          cluster_name    = "prod"
          cluster_version = "1.33"

          create_kms_key = false
          cluster_encryption_config = {
            provider_key_arn = aws_kms_key.eks.arn
            resources        = ["secrets"]
          }
        }
        """)
public final class EksKmsKeyIgnored implements InventoryRule {

  @Override
  public boolean appliesTo(Resource resource) {
    return EksRules.isCluster(resource);
  }

  @Override
  public List<Violation> check(Resource resource, RuleContext context) {
    Optional<EksClusterView> view = EksRules.judged(resource, context);
    if (view.isEmpty() || view.get().source() != EksClusterView.Source.TERRAFORM_MODULE) {
      return List.of();
    }
    EksClusterView c = view.get();
    EksClusterView.Encryption e = c.encryption();
    if (!e.customerKeyIgnored()) {
      return List.of();
    }
    return List.of(Violation.of(e.customerKey(), c.describe() + ": provider_key_arn is ignored because create_kms_key is true"
        + e.createKmsKey().note() + ": the module creates its own KMS key and encrypts Secrets with it; set create_kms_key = false to use this key"));
  }
}
