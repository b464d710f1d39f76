package dev.seaworthy.report;

import java.util.Objects;

/**
 * How to render: the tool version to stamp, whether ANSI colours may be used (only on a terminal,
 * never in files or pipes), and what was audited, for reports that look at the input itself
 * ({@link ReportInput#NONE} when unknown).
 */
public record ReportOptions(String toolVersion, boolean color, ReportInput input) {

  public ReportOptions {
    Objects.requireNonNull(toolVersion, "toolVersion");
    Objects.requireNonNull(input, "input");
  }

  public ReportOptions(String toolVersion, boolean color) {
    this(toolVersion, color, ReportInput.NONE);
  }
}
