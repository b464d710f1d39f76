package dev.seaworthy.report;

import java.util.Objects;

/**
 * How to render: the tool version to stamp, and whether ANSI colours may be used (only on a
 * terminal, never in files or pipes).
 */
public record ReportOptions(String toolVersion, boolean color) {

  public ReportOptions {
    Objects.requireNonNull(toolVersion, "toolVersion");
  }
}
