package dev.seaworthy.rules.autoscaling;

import dev.seaworthy.core.rule.Rule;
import java.util.List;

/** The autoscaling rules, sorted by class name. */
public final class AutoscalingRules {

  private AutoscalingRules() {}

  public static List<Rule> all() {
    return List.of(
        // keep-sorted start
        // keep-sorted end
        );
  }
}
