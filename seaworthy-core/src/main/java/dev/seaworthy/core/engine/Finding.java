package dev.seaworthy.core.engine;

import dev.seaworthy.core.model.Position;
import dev.seaworthy.core.rule.Fix;
import dev.seaworthy.core.rule.RuleMeta;
import dev.seaworthy.core.rule.Severity;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A rule's verdict on one resource: the rule, its effective severity (after configuration), the
 * resource, the container if the rule looked at one ({@code ""} otherwise), the position of the
 * offending node, a message naming the thing, and fixes as data.
 */
public record Finding(
    RuleMeta rule, Severity severity, ResourceRef resource, String container, Position position, String message, List<Fix> fixes) {

  /** Deterministic report order: file, line, column, then rule and message. */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::position)
          .thenComparing(f -> f.resource().display())
          .thenComparing(f -> f.rule().id())
          .thenComparing(Finding::message);

  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(container, "container");
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(message, "message");
    fixes = List.copyOf(fixes);
  }

  public String ruleId() {
    return rule.id();
  }
}
