package dev.seaworthy.report;

import dev.seaworthy.core.engine.AuditReport;
import java.io.IOException;

/** Renders an audit report in one format. A new output format is a new implementation, nothing else. */
public interface Reporter {

  /** The format name users pass to {@code -o}. */
  String format();

  void write(AuditReport report, ReportOptions options, Appendable out) throws IOException;
}
