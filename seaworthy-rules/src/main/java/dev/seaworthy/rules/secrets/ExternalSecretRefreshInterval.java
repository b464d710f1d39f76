package dev.seaworthy.rules.secrets;

import dev.seaworthy.core.view.GoDuration;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.core.rule.ResourceRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

@RuleInfo(
    id = "externalsecret-refresh-interval",
    title = "ExternalSecret refreshes too often or never",
    severity = Severity.LOW,
    category = Category.SECRETS,
    checklist = {ChecklistItem.SECRETS_MANAGEMENT},
    description = """
        `refreshInterval` is how often the External Secrets operator reads the secret again from the \
        provider (default 1h). Below one minute every ExternalSecret calls AWS Secrets Manager or \
        Parameter Store many times an hour: each call is billed, and many of them hit the API's \
        throttling limits, which then fail the refreshes of every other secret. An interval of 0 \
        fetches the secret once and never again (with the default Periodic refresh policy), so a \
        value rotated in the provider never reaches the pods.""",
    remediation = "Set `refreshInterval` between a few minutes and an hour (1h is the default), or use `refreshPolicy: CreatedOnce` when a one-time copy is really intended.",
    references = {
      "https://external-secrets.io/latest/api/externalsecret/",
      "https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets.html",
      "https://docs.aws.amazon.com/eks/latest/best-practices/data-encryption-and-secrets-management.html"
    },
    example = """
        apiVersion: external-secrets.io/v1
        kind: ExternalSecret
        metadata:
          name: app-secrets
          namespace: production
        spec:
          refreshInterval: 10s
          secretStoreRef:
            name: aws-secrets
            kind: SecretStore
          data:
            - secretKey: api-key
              remoteRef:
                key: production/api/key
        """,
    fixedExample = """
        apiVersion: external-secrets.io/v1
        kind: ExternalSecret
        metadata:
          name: app-secrets
          namespace: production
        spec:
          refreshInterval: 1h
          secretStoreRef:
            name: aws-secrets
            kind: SecretStore
          data:
            - secretKey: api-key
              remoteRef:
                key: production/api/key
        """)
public final class ExternalSecretRefreshInterval implements ResourceRule {

  private static final Duration FLOOR = Duration.ofMinutes(1);

  @Override
  public boolean appliesTo(Resource resource) {
    return resource.group().equals(Eso.GROUP) && spec(resource).isPresent();
  }

  @Override
  public List<Violation> check(Resource resource, RuleContext context) {
    Optional<Node> spec = spec(resource);
    if (spec.isEmpty()) {
      return List.of();
    }
    String policy = spec.get().at("refreshPolicy").textOr("Periodic");
    Node interval = spec.get().at("refreshInterval");
    if (!policy.equals("Periodic") || interval.text().isEmpty()) {
      return List.of();
    }
    Optional<Duration> d = GoDuration.parse(interval.text().get());
    if (d.isEmpty()) {
      return List.of();
    }
    String what = Eso.describe(resource) + " sets refreshInterval " + interval.text().get();
    if (d.get().isZero()) {
      return Violation.one(interval, what + ": the secret is fetched once and never refreshed, so a value rotated in the provider never reaches the cluster");
    }
    if (d.get().compareTo(FLOOR) < 0) {
      return Violation.one(interval, what + ": every refresh calls the provider's API, so this costs API calls and risks throttling that also delays other secrets");
    }
    return List.of();
  }

  /** The ExternalSecret spec, also inside a ClusterExternalSecret. */
  private static Optional<Node> spec(Resource r) {
    return switch (r.kind()) {
      case "ExternalSecret" -> Optional.of(r.node().at("spec"));
      case "ClusterExternalSecret" -> Optional.of(r.node().at("spec", "externalSecretSpec"));
      default -> Optional.empty();
    };
  }
}
