package dev.seaworthy.rules.validity;

import dev.seaworthy.core.rule.Rule;
import java.util.List;

/** The validity rules, sorted by class name. */
public final class ValidityRules {

  private ValidityRules() {}

  public static List<Rule> all() {
    return List.of(
        // keep-sorted start
        new DuplicateContainerName(),
        new DuplicateContainerPortName(),
        new DuplicateEnvName(),
        new SelectorTemplateMismatch(),
        new WorkloadSelectorMissing(),
        new YamlImplicitType()
        // keep-sorted end
        );
  }
}
