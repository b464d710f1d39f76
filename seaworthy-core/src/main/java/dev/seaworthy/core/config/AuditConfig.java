package dev.seaworthy.core.config;

import dev.seaworthy.core.data.KubernetesVersion;
import dev.seaworthy.core.rule.RuleMeta;
import dev.seaworthy.core.rule.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the engine needs to run one audit. Built from {@code .seaworthy.yaml} and command-line flags
 * by the CLI; the engine never reads either itself.
 *
 * @param targetVersion the Kubernetes version to judge APIs against; empty means the newest version
 *     in EKS standard support on {@code auditDate}
 * @param include when non-empty, only rules matching one of these globs run (even rules off by default)
 * @param exclude rules matching these globs never run
 * @param builtInExemptions apply Seaworthy's exemptions for EKS system components
 * @param annotationSuppressions honour {@code seaworthy.dev/ignore} annotations
 * @param threads evaluation parallelism (1 = sequential); output is the same for any value
 */
public record AuditConfig(
    Optional<KubernetesVersion> targetVersion,
    LocalDate auditDate,
    Optional<String> clusterName,
    Map<String, RuleSetting> rules,
    List<String> include,
    List<String> exclude,
    List<Exemption> exemptions,
    boolean builtInExemptions,
    boolean annotationSuppressions,
    int threads) {

  public AuditConfig {
    Objects.requireNonNull(targetVersion, "targetVersion");
    Objects.requireNonNull(auditDate, "auditDate");
    Objects.requireNonNull(clusterName, "clusterName");
    rules = Map.copyOf(rules);
    include = List.copyOf(include);
    exclude = List.copyOf(exclude);
    exemptions = List.copyOf(exemptions);
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1");
    }
  }

  public static AuditConfig defaults() {
    return new AuditConfig(
        Optional.empty(),
        LocalDate.now(java.time.ZoneOffset.UTC),
        Optional.empty(),
        Map.of(),
        List.of(),
        List.of(),
        List.of(),
        true,
        true,
        Runtime.getRuntime().availableProcessors());
  }

  public boolean isEnabled(RuleMeta rule) {
    if (exclude.stream().anyMatch(g -> Exemption.glob(g, rule.id()))) {
      return false;
    }
    if (!include.isEmpty()) {
      return include.stream().anyMatch(g -> Exemption.glob(g, rule.id()));
    }
    RuleSetting setting = rules.getOrDefault(rule.id(), RuleSetting.DEFAULT);
    return setting.enabled().orElse(rule.enabledByDefault());
  }

  /** The severity the configuration sets for the rule, if it sets one. */
  public Optional<Severity> configuredSeverity(RuleMeta rule) {
    return rules.getOrDefault(rule.id(), RuleSetting.DEFAULT).severity();
  }

  public Severity severityOf(RuleMeta rule) {
    return rules.getOrDefault(rule.id(), RuleSetting.DEFAULT).severity().orElse(rule.severity());
  }

  public AuditConfig withTargetVersion(KubernetesVersion v) {
    return new AuditConfig(Optional.of(v), auditDate, clusterName, rules, include, exclude, exemptions, builtInExemptions, annotationSuppressions, threads);
  }

  public AuditConfig withAuditDate(LocalDate d) {
    return new AuditConfig(targetVersion, d, clusterName, rules, include, exclude, exemptions, builtInExemptions, annotationSuppressions, threads);
  }

  public AuditConfig withRuleFilter(List<String> include, List<String> exclude) {
    return new AuditConfig(targetVersion, auditDate, clusterName, rules, include, exclude, exemptions, builtInExemptions, annotationSuppressions, threads);
  }

  public AuditConfig withThreads(int threads) {
    return new AuditConfig(targetVersion, auditDate, clusterName, rules, include, exclude, exemptions, builtInExemptions, annotationSuppressions, threads);
  }

  public AuditConfig withBuiltInExemptions(boolean on) {
    return new AuditConfig(targetVersion, auditDate, clusterName, rules, include, exclude, exemptions, on, annotationSuppressions, threads);
  }
}
