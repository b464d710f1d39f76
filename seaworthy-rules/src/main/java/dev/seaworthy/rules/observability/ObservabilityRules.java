package dev.seaworthy.rules.observability;

import dev.seaworthy.core.rule.Rule;
import java.util.List;

/** The observability rules, sorted by class name. */
public final class ObservabilityRules {

  private ObservabilityRules() {}

  public static List<Rule> all() {
    return List.of(
        // keep-sorted start
        new DaemonSetTaintNotTolerated(),
        new FluentBitAwsOutputWithoutIrsa(),
        new FluentBitDockerParser(),
        new FluentBitTailDbMissing(),
        new FluentBitTailMemBufLimitMissing()
        // keep-sorted end
        );
  }
}
