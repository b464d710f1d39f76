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
    id = "secretstore-service-account-missing",
    title = "SecretStore authenticates as a ServiceAccount that is not in the input",
    severity = Severity.LOW,
    category = Category.SECRETS,
    checklist = {ChecklistItem.SECRETS_MANAGEMENT, ChecklistItem.IRSA},
    description = """
        An External Secrets SecretStore (or ClusterSecretStore) with AWS `auth.jwt.serviceAccountRef` \
        makes the operator request a token for that ServiceAccount and exchange it for the IAM role \
        the account is annotated with. The account must exist in the store's namespace (or the \
        namespace a ClusterSecretStore names); when it does not, the store stays not ready and no \
        ExternalSecret using it syncs. The audit may see only part of the cluster, so an account that \
        is absent from the input is reported at low severity as not found.""",
    remediation = "Create the ServiceAccount in the store's namespace, annotated with `eks.amazonaws.com/role-arn`, or point `serviceAccountRef` at the account that exists.",
    references = {
      "https://external-secrets.io/latest/provider/aws-secrets-manager/",
      "https://external-secrets.io/latest/api/secretstore/",
      "https://docs.aws.amazon.com/eks/latest/userguide/iam-roles-for-service-accounts.html"
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
public final class SecretStoreServiceAccountMissing implements InventoryRule {

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
    if (context.inventory().find("ServiceAccount", sa.namespace(), sa.name()).isPresent()) {
      return List.of();
    }
    return Violation.one(sa.nameNode(),
        Eso.describe(resource) + " authenticates to AWS as ServiceAccount \"" + sa.name() + "\", not found in the audited input in namespace \""
            + sa.namespace() + "\": without it the store is not ready and its ExternalSecrets do not sync");
  }
}
