package dev.seaworthy.report.checklist;

import dev.seaworthy.report.ReportOptions;
import java.io.IOException;

/** Renders a checklist in one format; a new format is a new implementation in {@link ChecklistRenderers}. */
public interface ChecklistRenderer {

  /** The format name users pass to {@code -o}. */
  String format();

  void write(ChecklistReport checklist, ReportOptions options, Appendable out) throws IOException;
}
