package dev.seaworthy.rules.security;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.core.rule.ContainerRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.ContainerView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Literal env values that are credentials, judged two ways: by a value that has the shape of a
 * well-known credential (AWS access key ID, PEM private key, GitHub or Slack token), whatever the
 * variable is called; and by a name with a credential word in it, unless the name ends in a word
 * that describes the credential rather than holding it (DB_PASSWORD_FILE, TOKEN_URL) or the value is
 * evidently not a secret (a $(VAR) reference, a placeholder, a boolean, a file path, a URL without
 * user info). The value never appears in a message.
 */
@RuleInfo(
    id = "env-literal-credential",
    title = "Container has a credential as a literal env value",
    severity = Severity.HIGH,
    category = Category.SECURITY,
    checklist = {ChecklistItem.SECRETS_MANAGEMENT},
    description = """
        A password, token or key written as a literal env value is stored in plain text in the \
        manifest, in Git, in Helm release history and in the object in etcd, where anyone who can \
        read the Deployment (not only the Secret) can see it; it is also printed by kubectl describe \
        and cannot be rotated without a redeploy. Keep credentials in a Secret, ideally synced from \
        AWS Secrets Manager, and reference them with valueFrom.secretKeyRef or a mounted volume.""",
    remediation = "Move the value into a Secret (or AWS Secrets Manager with the External Secrets Operator or the Secrets Store CSI driver) and reference it with `valueFrom.secretKeyRef`; rotate the exposed credential.",
    references = {
      "https://kubernetes.io/docs/concepts/configuration/secret/",
      "https://docs.aws.amazon.com/eks/latest/best-practices/data-encryption-and-secrets-management.html"
    },
    equivalents = {"polaris:sensitiveContainerEnvVar", "kube-linter:env-var-secret", "kubescape:C-0012", "kubescape:C-0259"},
    example = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: api
        spec:
          selector:
            matchLabels: {app: api}
          template:
            metadata:
              labels: {app: api}
            spec:
              containers:
                - name: api
                  image: api:1.4.2
                  env:
                    - name: DB_PASSWORD
                      value: hunter2-prod
        """,
    fixedExample = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: api
        spec:
          selector:
            matchLabels: {app: api}
          template:
            metadata:
              labels: {app: api}
            spec:
              containers:
                - name: api
                  image: api:1.4.2
                  env:
                    - name: DB_PASSWORD
                      valueFrom:
                        secretKeyRef:
                          name: api-db
                          key: password
        """)
public final class EnvLiteralCredential implements ContainerRule {

  /** Name parts that on their own mark a credential. */
  private static final Set<String> WORDS =
      Set.of("PASSWORD", "PASSWD", "PWD", "SECRET", "TOKEN", "APIKEY", "ACCESSKEY", "SECRETKEY", "PRIVATEKEY", "AUTHKEY", "CREDENTIAL", "CREDENTIALS");

  /** Pairs of consecutive name parts that mark a credential (API_KEY, ACCESS_KEY, ...). */
  private static final List<List<String>> PAIRS =
      List.of(List.of("API", "KEY"), List.of("ACCESS", "KEY"), List.of("SECRET", "KEY"), List.of("PRIVATE", "KEY"), List.of("AUTH", "KEY"));

  /** Last name parts that say the variable describes a credential instead of holding it. */
  private static final Set<String> DESCRIPTIVE_SUFFIXES =
      Set.of(
          "FILE", "PATH", "DIR", "DIRECTORY", "ARN", "NAME", "ID", "URL", "URI", "HOST", "PORT", "ENABLED", "TTL", "TIMEOUT",
          "EXPIRY", "LENGTH", "TYPE", "HEADER", "REF",
          // Beyond the common list: metadata about a token that is never the token itself.
          "ENDPOINT", "ISSUER", "AUDIENCE", "EXPIRATION", "LIFETIME", "INTERVAL", "DURATION", "SECONDS", "SIZE", "COUNT",
          "MIN", "MAX", "MODE", "VERSION", "FORMAT", "ALGORITHM", "REGION", "USER", "USERNAME");

  private static final Pattern NAME_SPLIT = Pattern.compile("[_.\\-]+|(?<=[a-z0-9])(?=[A-Z])");
  private static final Pattern REFERENCE = Pattern.compile("\\$\\([A-Za-z_][A-Za-z0-9_.\\-]*\\)|\\$\\{[^}]*\\}|\\{\\{[^}]*\\}\\}");
  private static final Pattern ANGLE_PLACEHOLDER = Pattern.compile("<[^<>]+>");
  private static final Set<String> NOT_SECRETS = Set.of("true", "false", "yes", "no", "on", "off", "enabled", "disabled", "none", "null", "nil");
  private static final Pattern FILE_PATH = Pattern.compile("(/|\\./|\\.\\./|~/)\\S*|[A-Za-z]:\\\\\\S*");
  private static final Pattern URL_WITHOUT_USERINFO = Pattern.compile("[A-Za-z][A-Za-z0-9+.\\-]*://[^/@\\s]*(/\\S*)?");

  private record Shape(String what, Pattern pattern) {}

  private static final List<Shape> SHAPES =
      List.of(
          new Shape("an AWS access key ID", Pattern.compile("(?<![A-Z0-9])(AKIA|ASIA)[A-Z0-9]{16}(?![A-Z0-9])")),
          new Shape("a PEM private key", Pattern.compile("-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----")),
          new Shape("a GitHub token", Pattern.compile("(?<![A-Za-z0-9_])(ghp_|gho_|ghs_|ghu_|ghr_|github_pat_)[A-Za-z0-9_]{20,}")),
          new Shape("a Slack token", Pattern.compile("(?<![A-Za-z0-9])xox[abprs]-[A-Za-z0-9\\-]{10,}")));

  @Override
  public boolean appliesTo(ContainerView container) {
    return container.type() != ContainerView.Type.EPHEMERAL;
  }

  @Override
  public List<Violation> check(ContainerView container, RuleContext context) {
    List<Violation> out = new ArrayList<>();
    for (Node entry : container.env()) {
      if (entry.at("valueFrom").isPresent()) {
        continue;
      }
      Node valueNode = entry.at("value");
      if (!valueNode.isScalar()) {
        continue;
      }
      String value = valueNode.textOr("");
      if (value.isBlank()) {
        continue;
      }
      String name = entry.at("name").textOr("<unnamed>");
      Optional<String> shape = shapeOf(value);
      String prefix = container.describe() + " sets env " + name;
      if (shape.isPresent()) {
        out.add(Violation.of(valueNode, prefix + " to what looks like " + shape.get() + " (value redacted); load it from a Secret"));
      } else if (namesCredential(name) && looksLikeSecret(value)) {
        out.add(Violation.of(valueNode, prefix + " to a literal credential (value redacted); load it from a Secret with valueFrom.secretKeyRef"));
      }
    }
    return out;
  }

  private static Optional<String> shapeOf(String value) {
    for (Shape s : SHAPES) {
      var m = s.pattern().matcher(value);
      while (m.find()) {
        // AWS documentation's sample key IDs end in EXAMPLE; they are not live credentials.
        if (!m.group().endsWith("EXAMPLE")) {
          return Optional.of(s.what());
        }
      }
    }
    return Optional.empty();
  }

  static boolean namesCredential(String name) {
    List<String> parts =
        Arrays.stream(NAME_SPLIT.split(name.strip())).filter(p -> !p.isEmpty()).map(p -> p.toUpperCase(Locale.ROOT)).toList();
    if (parts.isEmpty() || DESCRIPTIVE_SUFFIXES.contains(parts.get(parts.size() - 1))) {
      return false;
    }
    if (parts.stream().anyMatch(WORDS::contains)) {
      return true;
    }
    for (int i = 0; i + 1 < parts.size(); i++) {
      if (PAIRS.contains(List.of(parts.get(i), parts.get(i + 1)))) {
        return true;
      }
    }
    return false;
  }

  static boolean looksLikeSecret(String raw) {
    String value = raw.strip();
    if (REFERENCE.matcher(value).replaceAll("").isBlank()) {
      return false;
    }
    return !ANGLE_PLACEHOLDER.matcher(value).matches()
        && !NOT_SECRETS.contains(value.toLowerCase(Locale.ROOT))
        && !FILE_PATH.matcher(value).matches()
        && !URL_WITHOUT_USERINFO.matcher(value).matches();
  }
}
