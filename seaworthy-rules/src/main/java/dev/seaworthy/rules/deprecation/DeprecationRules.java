package dev.seaworthy.rules.deprecation;

import dev.seaworthy.core.rule.Rule;
import java.util.List;

/** The deprecation rules, sorted by class name. */
public final class DeprecationRules {

  private DeprecationRules() {}

  public static List<Rule> all() {
    return List.of(
        // keep-sorted start
        new ApiAlphaOnEks(),
        new ApiDeprecated(),
        new ApiRemoved(),
        new DeprecatedAnnotation(),
        new UnknownKind()
        // keep-sorted end
        );
  }
}
