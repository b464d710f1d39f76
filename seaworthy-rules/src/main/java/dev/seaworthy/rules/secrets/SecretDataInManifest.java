package dev.seaworthy.rules.secrets;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Origin;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.core.rule.ResourceRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

@RuleInfo(
    id = "secret-data-in-manifest",
    title = "Secret values are committed in a manifest",
    severity = Severity.HIGH,
    category = Category.SECRETS,
    checklist = {ChecklistItem.SECRETS_MANAGEMENT},
    description = """
        A Secret object written with `data` or `stringData` values puts the credentials themselves in \
        the manifest, and so in the Git repository, its history, every clone and every CI log that \
        prints it. Base64 in `data` is an encoding, not encryption. Anyone with read access to the \
        repository can use them, and rotating them means rewriting history. Keep the values in AWS \
        Secrets Manager (or SSM Parameter Store) and let an ExternalSecret create the Secret in the \
        cluster. SOPS-encrypted Secrets and values that are only deploy-time placeholders are not \
        reported; the finding names the keys, never the values.""",
    remediation = "Move the values to AWS Secrets Manager, replace the Secret with an ExternalSecret that creates it, and rotate the values that were committed.",
    references = {
      "https://kubernetes.io/docs/concepts/configuration/secret/#information-security-for-secrets",
      "https://docs.aws.amazon.com/eks/latest/best-practices/data-encryption-and-secrets-management.html",
      "https://external-secrets.io/latest/provider/aws-secrets-manager/"
    },
    example = """
        apiVersion: v1
        kind: Secret
        metadata:
          name: db-credentials
          namespace: production
        type: Opaque
        stringData:
          username: app
          password: not-a-real-password
        """,
    fixedExample = """
        apiVersion: external-secrets.io/v1
        kind: ExternalSecret
        metadata:
          name: db-credentials
          namespace: production
        spec:
          refreshInterval: 1h
          secretStoreRef:
            name: aws-secrets
            kind: SecretStore
          target:
            name: db-credentials
          dataFrom:
            - extract:
                key: production/rds/credentials
        """)
public final class SecretDataInManifest implements ResourceRule {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{[^}]*}|\\$\\([^)]*\\)|\\{\\{.*}}");
  private static final int NAMED = 5;

  @Override
  public boolean appliesTo(Resource resource) {
    return resource.kind().equals("Secret") && resource.group().isEmpty() && resource.origin() == Origin.MANIFEST
        && !resource.node().at("type").textOr("").equals("kubernetes.io/service-account-token");
  }

  @Override
  public List<Violation> check(Resource resource, RuleContext context) {
    if (resource.node().at("sops").isMap()) {
      return List.of(); // encrypted with SOPS: the values in git are ciphertext
    }
    List<String> keys = new ArrayList<>();
    Node at = null;
    for (String field : List.of("data", "stringData")) {
      Node values = resource.node().at(field);
      for (Map.Entry<String, Node> e : values.entries().entrySet()) {
        if (isRealValue(e.getValue())) {
          keys.add(e.getKey());
          if (at == null) {
            at = values;
          }
        }
      }
    }
    if (keys.isEmpty()) {
      return List.of();
    }
    String named = String.join(", ", keys.subList(0, Math.min(NAMED, keys.size()))) + (keys.size() > NAMED ? " and " + (keys.size() - NAMED) + " more" : "");
    return Violation.one(at,
        "Secret \"" + resource.name() + "\" commits " + keys.size() + (keys.size() == 1 ? " value" : " values") + " (" + named
            + ") in the manifest: anyone who can read the repository or its history can read them");
  }

  private static boolean isRealValue(Node value) {
    String text = value.text().orElse("").strip();
    return !text.isEmpty() && !text.startsWith("ENC[") && !PLACEHOLDER.matcher(text).matches();
  }
}
