package dev.seaworthy.report.html;

import dev.seaworthy.core.engine.AuditReport;
import dev.seaworthy.report.ReportInput;
import dev.seaworthy.report.ReportOptions;
import dev.seaworthy.report.Reporter;
import dev.seaworthy.report.checklist.Checklist;
import dev.seaworthy.report.checklist.ChecklistReport;
import java.io.IOException;

/**
 * {@code -o html}: one self-contained page for people (a platform team lead, a reviewer) with the
 * score, charts, the guide's checklist, a filterable and sortable findings table with source snippets
 * and fixes, suppressed findings and input errors. See {@link HtmlPage} and docs/output-formats.md.
 * The checklist needs the audited objects ({@link ReportOptions#input()}); without them the page says
 * it was not judged.
 */
public final class HtmlReporter implements Reporter {

  @Override
  public String format() {
    return "html";
  }

  @Override
  public void write(AuditReport report, ReportOptions options, Appendable out) throws IOException {
    ReportInput input = options.input();
    ChecklistReport checklist = input.isKnown() ? Checklist.evaluate(report, input.resources(), input.catalog()) : null;
    HtmlPage.write(report, checklist, options, HtmlPage.Mode.AUDIT, out);
  }
}
