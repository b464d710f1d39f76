package dev.seaworthy.rules.cluster;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Origin;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.core.rule.InventoryRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.eks.EksClusterView;
import dev.seaworthy.core.view.eks.EksModule;
import dev.seaworthy.core.view.eks.Setting;
import dev.seaworthy.core.view.eks.Values;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@RuleInfo(
    id = "kms-key-rotation-disabled",
    title = "KMS key does not rotate",
    severity = Severity.MEDIUM,
    category = Category.SECRETS,
    checklist = {ChecklistItem.SECRETS_MANAGEMENT},
    description = """
        Automatic rotation gives a symmetric KMS key new key material every year (or the period you \
        set) while old ciphertexts stay readable, which limits what one exposed key version can \
        decrypt and is what most compliance baselines require for keys that protect Secrets. An \
        `aws_kms_key` rotates only with `enable_key_rotation = true` (the provider default is \
        false). The EKS module's own key rotates unless `enable_kms_key_rotation` is set to false. \
        Asymmetric and HMAC keys cannot rotate automatically and are not reported.""",
    remediation = "Set `enable_key_rotation = true` on the key (or leave the EKS module's `enable_kms_key_rotation` at true).",
    references = {
      "https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html",
      "https://docs.aws.amazon.com/eks/latest/best-practices/data-encryption-and-secrets-management.html"
    },
    equivalents = {"checkov:CKV_AWS_7", "trivy:AVD-AWS-0065"},
    example = """
        resource "aws_kms_key" "eks" {
          description = "EKS Secrets encryption"
        }
        """,
    fixedExample = """
        resource "aws_kms_key" "eks" {
          description         = "EKS Secrets encryption"
          enable_key_rotation = true
        }
        """)
public final class KmsKeyRotationDisabled implements InventoryRule {

  @Override
  public boolean appliesTo(Resource resource) {
    return resource.origin() == Origin.TERRAFORM
        && (resource.kind().equals("aws_kms_key") || EksClusterView.isClusterDefinition(resource) && resource.kind().equals("module"));
  }

  @Override
  public List<Violation> check(Resource resource, RuleContext context) {
    if (resource.kind().equals("module")) {
      return moduleKey(resource, context);
    }
    Node spec = resource.node().at("customer_master_key_spec").isPresent() ? resource.node().at("customer_master_key_spec") : resource.node().at("key_spec");
    if (spec.isPresent() && (Values.isExpression(spec) || !spec.textOr("").toUpperCase(Locale.ROOT).equals("SYMMETRIC_DEFAULT"))) {
      return List.of(); // asymmetric and HMAC keys cannot rotate automatically
    }
    Setting<Boolean> rotation = Values.bool(resource.node().at("enable_key_rotation"),
        Setting.byDefault(false, resource.node(), "no enable_key_rotation: the AWS provider default is false"));
    if (!rotation.is(false)) {
      return List.of();
    }
    String label = EksClusterView.describeAddress(resource.name());
    return List.of(Violation.of(rotation.node(), label + ": automatic key rotation is off" + rotation.note()));
  }

  private static List<Violation> moduleKey(Resource resource, RuleContext context) {
    Optional<EksClusterView> view = EksRules.judged(resource, context);
    if (view.isEmpty() || view.get().module().isEmpty()) {
      return List.of();
    }
    EksModule m = view.get().module().get();
    if (!view.get().encryption().createKmsKey().is(true)) {
      return List.of();
    }
    Node rotation = m.node().at("enable_kms_key_rotation");
    if (!Values.bool(rotation, Setting.byDefault(true, m.node(), "")).is(false) || !rotation.isPresent()) {
      return List.of();
    }
    return List.of(Violation.of(rotation, view.get().describe() + ": the KMS key the module creates for Secrets does not rotate (enable_kms_key_rotation = false)"));
  }
}
