package dev.seaworthy.rules.reliability;

import dev.seaworthy.core.rule.Rule;
import java.util.List;

/** The reliability rules, sorted by class name. */
public final class ReliabilityRules {

  private ReliabilityRules() {}

  public static List<Rule> all() {
    return List.of(
        // keep-sorted start

        // keep-sorted end
        );
  }
}
