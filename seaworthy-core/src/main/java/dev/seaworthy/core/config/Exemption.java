package dev.seaworthy.core.config;

import dev.seaworthy.core.engine.Finding;
import dev.seaworthy.core.engine.Suppression;
import dev.seaworthy.core.model.Position;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Silences rules for the resources it matches. Every field is a glob ({@code *} and {@code ?});
 * an absent field matches anything. A reason is mandatory: an exemption nobody can explain is a
 * hole nobody will close.
 */
public record Exemption(
    List<String> rules,
    String namespace,
    String kind,
    String name,
    String container,
    String reason,
    Suppression.Source source,
    Position declaredAt) {

  public Exemption {
    rules = List.copyOf(rules);
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(declaredAt, "declaredAt");
    if (rules.isEmpty()) {
      throw new IllegalArgumentException("an exemption names at least one rule (\"*\" for all)");
    }
  }

  public boolean matches(Finding f) {
    return rules.stream().anyMatch(r -> glob(r, f.ruleId()))
        && glob(namespace, f.resource().namespace().isEmpty() ? "default" : f.resource().namespace())
        && glob(kind, f.resource().kind())
        && glob(name, f.resource().name())
        && (container == null || glob(container, f.container()));
  }

  public Suppression suppression() {
    return new Suppression(source, reason);
  }

  /** Glob match where {@code null} matches everything. */
  public static boolean glob(String pattern, String value) {
    if (pattern == null || pattern.equals("*")) {
      return true;
    }
    if (pattern.indexOf('*') < 0 && pattern.indexOf('?') < 0) {
      return pattern.equals(value);
    }
    StringBuilder regex = new StringBuilder();
    for (String part : pattern.split("(?=[*?])|(?<=[*?])")) {
      regex.append(switch (part) {
        case "*" -> ".*";
        case "?" -> ".";
        default -> Pattern.quote(part);
      });
    }
    return value.matches(regex.toString());
  }
}
