package dev.seaworthy.core.config;

import dev.seaworthy.core.rule.Severity;
import java.util.Optional;

/** Per-rule configuration: turned on or off, and a severity override. */
public record RuleSetting(Optional<Boolean> enabled, Optional<Severity> severity) {

  public static final RuleSetting DEFAULT = new RuleSetting(Optional.empty(), Optional.empty());
}
