package dev.seaworthy.rules.dr;

import dev.seaworthy.core.rule.Rule;
import java.util.List;

/** The dr rules, sorted by class name. */
public final class DrRules {

  private DrRules() {}

  public static List<Rule> all() {
    return List.of(
        // keep-sorted start
        new VeleroNamespaceNotBackedUp(),
        new VeleroScheduleTtlMissing(),
        new VeleroTtlShorterThanSchedule(),
        new VeleroVolumesNotBackedUp()
        // keep-sorted end
        );
  }
}
