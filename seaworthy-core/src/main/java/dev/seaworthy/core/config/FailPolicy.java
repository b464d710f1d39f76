package dev.seaworthy.core.config;

import dev.seaworthy.core.rule.Severity;
import java.util.Locale;
import java.util.Optional;

/** When findings make an audit fail: at or above a severity, or never ({@code none}). */
public record FailPolicy(Optional<Severity> threshold) {

  public static final FailPolicy NEVER = new FailPolicy(Optional.empty());

  public static FailPolicy at(Severity severity) {
    return new FailPolicy(Optional.of(severity));
  }

  /** {@code info} ... {@code critical}, or {@code none}; any case. */
  public static Optional<FailPolicy> parse(String text) {
    if (text != null && text.strip().toLowerCase(Locale.ROOT).equals("none")) {
      return Optional.of(NEVER);
    }
    return Severity.parse(text).map(FailPolicy::at);
  }
}
