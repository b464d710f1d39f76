package dev.seaworthy.core.rule;

import dev.seaworthy.core.model.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a rule returns: the node at fault (a present node, so the finding has a line; for a missing
 * field, the node that should contain it), a message naming the thing, and fixes in decreasing
 * preference. The engine adds the rule, the resource, the severity and the position.
 *
 * <p>{@code severity} is empty for the rule's own severity. A rule whose facts grade one concept
 * (an EKS version in extended support versus past it) may set a lower one per violation; a severity
 * the user configures for the rule still wins.
 */
public record Violation(Node node, String message, List<Fix> fixes, Optional<Severity> severity) {

  public Violation {
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(severity, "severity");
    fixes = List.copyOf(fixes);
    if (message.isBlank()) {
      throw new IllegalArgumentException("a violation needs a message");
    }
  }

  public Violation(Node node, String message, List<Fix> fixes) {
    this(node, message, fixes, Optional.empty());
  }

  /** The same violation at another severity than the rule's. */
  public Violation withSeverity(Severity s) {
    return new Violation(node, message, fixes, Optional.of(s));
  }

  public static Violation of(Node node, String message) {
    return new Violation(node, message, List.of());
  }

  public static List<Violation> one(Node node, String message) {
    return List.of(of(node, message));
  }

  public Violation withFix(Fix fix) {
    List<Fix> all = new ArrayList<>(fixes);
    all.add(fix);
    return new Violation(node, message, all, severity);
  }
}
