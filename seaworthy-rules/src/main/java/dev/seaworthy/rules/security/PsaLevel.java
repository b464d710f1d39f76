package dev.seaworthy.rules.security;

import java.util.Locale;
import java.util.Optional;

/** The three Pod Security Standards levels, loosest first, as Pod Security Admission labels spell them. */
enum PsaLevel {
  PRIVILEGED,
  BASELINE,
  RESTRICTED;

  static final String PREFIX = "pod-security.kubernetes.io/";

  String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The level a label value names; PSA accepts the exact lower-case spelling only. */
  static Optional<PsaLevel> parse(String value) {
    for (PsaLevel level : values()) {
      if (level.label().equals(value)) {
        return Optional.of(level);
      }
    }
    return Optional.empty();
  }

  PsaLevel min(PsaLevel other) {
    return compareTo(other) <= 0 ? this : other;
  }
}
