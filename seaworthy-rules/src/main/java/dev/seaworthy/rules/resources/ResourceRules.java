package dev.seaworthy.rules.resources;

import dev.seaworthy.core.rule.Rule;
import java.util.List;

/** The resources rules, sorted by class name. */
public final class ResourceRules {

  private ResourceRules() {}

  public static List<Rule> all() {
    return List.of(
        // keep-sorted start
        new CpuLimitMissing(),
        new CpuRequestMissing(),
        new InvalidQuantity(),
        new MemoryLimitMissing(),
        new MemoryRequestMissing(),
        new RequestsExceedLimits()
        // keep-sorted end
        );
  }
}
