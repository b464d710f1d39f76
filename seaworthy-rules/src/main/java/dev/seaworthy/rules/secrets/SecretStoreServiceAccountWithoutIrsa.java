package dev.seaworthy.rules.secrets;

import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.core.rule.InventoryRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import java.util.List;
import java.util.Optional;

@RuleInfo(
    id = "secretstore-service-account-without-irsa",
    title = "SecretStore's jwt ServiceAccount has no IAM role annotation",
    severity = Severity.MEDIUM,
    category = Category.SECRETS,
    checklist = {ChecklistItem.SECRETS_MANAGEMENT, ChecklistItem.IRSA},
    description = """
        With AWS `auth.jwt`, the External Secrets operator requests a token for the referenced \
        ServiceAccount and assumes the IAM role named by the account's `eks.amazonaws.com/role-arn` \
        annotation (IRSA). An account without that annotation gives ESO no role to assume: the store \
        fails to authenticate, it is not ready, and none of the ExternalSecrets that use it sync, so \
        new and rotated secrets never reach the cluster.""",
    remediation = "Annotate the ServiceAccount with `eks.amazonaws.com/role-arn` naming a role limited to the secrets this store serves.",
    references = {
      "https://external-secrets.io/latest/provider/aws-secrets-manager/",
      "https://docs.aws.amazon.com/eks/latest/userguide/iam-roles-for-service-accounts.html",
      "https://docs.aws.amazon.com/eks/latest/best-practices/identity-and-access-management.html"
    },
    example = """
        apiVersion: external-secrets.io/v1
        kind: SecretStore
        metadata:
          name: aws-secrets
          namespace: production
        spec:
          provider:
            aws:
              service: SecretsManager
              region: us-east-1
              auth:
                jwt:
                  serviceAccountRef:
                    name: external-secrets-sa
        ---
        apiVersion: v1
        kind: ServiceAccount
        metadata:
          name: external-secrets-sa
          namespace: production
        """,
    fixedExample = """
        apiVersion: external-secrets.io/v1
        kind: SecretStore
        metadata:
          name: aws-secrets
          namespace: production
        spec:
          provider:
            aws:
              service: SecretsManager
              region: us-east-1
              auth:
                jwt:
                  serviceAccountRef:
                    name: external-secrets-sa
        ---
        apiVersion: v1
        kind: ServiceAccount
        metadata:
          name: external-secrets-sa
          namespace: production
          annotations:
            eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/external-secrets
        """)
public final class SecretStoreServiceAccountWithoutIrsa implements InventoryRule {

  @Override
  public boolean appliesTo(Resource resource) {
    return Eso.isStore(resource) && Eso.jwtServiceAccount(resource).isPresent();
  }

  @Override
  public List<Violation> check(Resource resource, RuleContext context) {
    Optional<Eso.JwtServiceAccount> ref = Eso.jwtServiceAccount(resource);
    if (ref.isEmpty()) {
      return List.of();
    }
    Eso.JwtServiceAccount sa = ref.get();
    Optional<Resource> account = context.inventory().find("ServiceAccount", sa.namespace(), sa.name());
    if (account.isEmpty() || !account.get().annotation(Eso.ROLE_ARN).orElse("").isBlank()) {
      return List.of();
    }
    return Violation.one(sa.nameNode(),
        Eso.describe(resource) + " authenticates to AWS as ServiceAccount \"" + sa.name() + "\" (namespace \"" + sa.namespace()
            + "\"), which has no " + Eso.ROLE_ARN + " annotation: ESO's jwt auth has no IAM role to assume");
  }
}
