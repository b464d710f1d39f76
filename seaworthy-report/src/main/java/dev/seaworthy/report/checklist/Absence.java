package dev.seaworthy.report.checklist;

import java.util.Objects;

/**
 * What it means for an item that the input holds no evidence for it: {@code FAIL} when the input
 * covers the area so the absence is the failure, {@code PARTIAL} when something related is there,
 * {@code MANUAL} otherwise, each with a one-line reason naming what is missing.
 */
public record Absence(Status status, String reason) {

  public Absence {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(reason, "reason");
    if (status == Status.PASS) {
      throw new IllegalArgumentException("absence of evidence is never a pass");
    }
  }

  public static Absence fail(String reason) {
    return new Absence(Status.FAIL, reason);
  }

  public static Absence partial(String reason) {
    return new Absence(Status.PARTIAL, reason);
  }

  public static Absence manual(String reason) {
    return new Absence(Status.MANUAL, reason);
  }
}
