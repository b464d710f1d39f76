package dev.seaworthy.core.engine;

import java.util.Objects;

/** Why a finding was suppressed: where the suppression was declared and the reason given. */
public record Suppression(Source source, String reason) {

  /** Where a suppression comes from. */
  public enum Source {
    /** {@code seaworthy.dev/ignore} on the object or its pod template. */
    ANNOTATION,
    /** An exemption in {@code .seaworthy.yaml}. */
    CONFIG,
    /** Seaworthy's built-in exemptions for EKS system components. */
    BUILT_IN
  }

  public Suppression {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reason, "reason");
  }
}
