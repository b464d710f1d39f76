package dev.seaworthy.core.rule;

import java.util.Locale;
import java.util.Optional;

/** How much a finding matters, lowest first. */
public enum Severity {
  INFO(0),
  LOW(1),
  MEDIUM(3),
  HIGH(5),
  CRITICAL(10);

  private final int weight;

  Severity(int weight) {
    this.weight = weight;
  }

  /** The weight of a check of this severity in the score (see docs/scoring.md). */
  public int weight() {
    return weight;
  }

  public boolean atLeast(Severity other) {
    return compareTo(other) >= 0;
  }

  public static Optional<Severity> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  public String lower() {
    return name().toLowerCase(Locale.ROOT);
  }
}
