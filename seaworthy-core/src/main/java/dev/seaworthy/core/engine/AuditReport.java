package dev.seaworthy.core.engine;

import dev.seaworthy.core.data.KubernetesVersion;
import dev.seaworthy.core.load.InputError;
import dev.seaworthy.core.load.Notice;
import dev.seaworthy.core.rule.RuleMeta;
import dev.seaworthy.core.rule.Severity;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The result of one audit; reporters render it, the CLI turns it into an exit code.
 * {@code evaluations} has one entry per audited resource, in report order, naming the rules that were
 * evaluated on it.
 */
public record AuditReport(
    List<Finding> findings,
    List<SuppressedFinding> suppressed,
    List<InputError> inputErrors,
    List<Notice> notices,
    List<RuleFailure> ruleFailures,
    List<RuleMeta> rules,
    List<RuleStats> ruleStats,
    int resourcesAudited,
    int filesRead,
    KubernetesVersion targetVersion,
    LocalDate auditDate,
    Score score,
    List<ResourceEvaluation> evaluations) {

  public AuditReport {
    findings = List.copyOf(findings);
    suppressed = List.copyOf(suppressed);
    inputErrors = List.copyOf(inputErrors);
    notices = List.copyOf(notices);
    ruleFailures = List.copyOf(ruleFailures);
    rules = List.copyOf(rules);
    ruleStats = List.copyOf(ruleStats);
    evaluations = List.copyOf(evaluations);
  }

  /** A report without the per-resource evaluations (reports built before they existed, tests). */
  public AuditReport(
      List<Finding> findings,
      List<SuppressedFinding> suppressed,
      List<InputError> inputErrors,
      List<Notice> notices,
      List<RuleFailure> ruleFailures,
      List<RuleMeta> rules,
      List<RuleStats> ruleStats,
      int resourcesAudited,
      int filesRead,
      KubernetesVersion targetVersion,
      LocalDate auditDate,
      Score score) {
    this(findings, suppressed, inputErrors, notices, ruleFailures, rules, ruleStats, resourcesAudited, filesRead,
        targetVersion, auditDate, score, List.of());
  }

  /** Open findings by severity, every severity present (zero when none). */
  public Map<Severity, Long> countsBySeverity() {
    Map<Severity, Long> counts = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      counts.put(s, 0L);
    }
    findings.forEach(f -> counts.merge(f.severity(), 1L, Long::sum));
    return counts;
  }

  public boolean hasFindingsAtLeast(Severity threshold) {
    return findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
  }
}
