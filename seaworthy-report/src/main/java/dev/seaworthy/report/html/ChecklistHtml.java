package dev.seaworthy.report.html;

import dev.seaworthy.report.ReportOptions;
import dev.seaworthy.report.checklist.ChecklistRenderer;
import dev.seaworthy.report.checklist.ChecklistReport;
import java.io.IOException;

/**
 * {@code checklist -o html}: the same self-contained page as the audit's HTML report, with the
 * checklist first (see {@link HtmlPage}).
 */
public final class ChecklistHtml implements ChecklistRenderer {

  @Override
  public String format() {
    return "html";
  }

  @Override
  public void write(ChecklistReport checklist, ReportOptions options, Appendable out) throws IOException {
    HtmlPage.write(checklist.audit(), checklist, options, HtmlPage.Mode.CHECKLIST, out);
  }
}
