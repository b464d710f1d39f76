package dev.seaworthy.core.engine;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Which rules were evaluated on one audited resource: the rules that applied to it and ran without
 * error, in catalog order. Together with the findings this says, per (resource, rule) pair, whether
 * the check passed, failed or was suppressed; reports that list passing checks (JUnit) read it.
 * {@link RuleStats} are the same facts counted per rule.
 */
public record ResourceEvaluation(ResourceRef resource, List<String> ruleIds) {

  /** Report order: where the resource was declared, then its name. */
  public static final Comparator<ResourceEvaluation> ORDER =
      Comparator.comparing((ResourceEvaluation e) -> e.resource().position()).thenComparing(e -> e.resource().display());

  public ResourceEvaluation {
    Objects.requireNonNull(resource, "resource");
    ruleIds = List.copyOf(ruleIds);
  }
}
