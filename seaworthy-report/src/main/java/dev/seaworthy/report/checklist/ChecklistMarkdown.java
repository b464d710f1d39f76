package dev.seaworthy.report.checklist;

import dev.seaworthy.core.engine.AuditReport;
import dev.seaworthy.core.engine.Finding;
import dev.seaworthy.core.engine.ResourceRef;
import dev.seaworthy.core.engine.SuppressedFinding;
import dev.seaworthy.report.Redactor;
import dev.seaworthy.report.ReportOptions;
import java.io.IOException;
import java.util.List;

/**
 * The checklist as Markdown for a pull-request comment or a wiki page: the table of items, then one
 * collapsible section per item. Every value that comes from the input is escaped, so a manifest
 * cannot inject markup into the page.
 */
public final class ChecklistMarkdown implements ChecklistRenderer {

  private static final int MAX_LISTED = 30;

  @Override
  public String format() {
    return "markdown";
  }

  @Override
  public void write(ChecklistReport checklist, ReportOptions options, Appendable out) throws IOException {
    AuditReport audit = checklist.audit();
    out.append("### Production checklist of the guide \"AWS EKS in Production\"\n\n");
    out.append("**").append(ChecklistText.counts(checklist)).append("**");
    if (audit.score().value().isPresent()) {
      out.append(" · score ").append(String.valueOf(audit.score().value().getAsInt())).append("/100, grade ").append(audit.score().grade());
    }
    out.append(" · ").append(String.valueOf(audit.resourcesAudited())).append(" resources in ").append(String.valueOf(audit.filesRead()))
        .append(" files · Kubernetes ").append(audit.targetVersion().toString());
    if (!audit.inputErrors().isEmpty()) {
      out.append(" · **").append(String.valueOf(audit.inputErrors().size())).append(" unreadable inputs: the checklist is incomplete**");
    }
    out.append("\n\n");
    out.append("| # | Item | Status | Why |\n|---:|---|---|---|\n");
    for (ItemResult r : checklist.items()) {
      out.append("| ").append(String.valueOf(r.item().number())).append(" | ").append(r.item().text()).append(" | **")
          .append(r.status().name()).append("** | ").append(escape(ChecklistText.oneLine(r.reason()))).append(" |\n");
    }
    out.append("\nPASS proven by the input · FAIL a problem found · PARTIAL evidence incomplete · MANUAL needs proof the input cannot give\n");
    for (ItemResult r : checklist.items()) {
      out.append("\n<details>\n<summary>").append(String.valueOf(r.item().number())).append(". ").append(r.item().text())
          .append(": ").append(r.status().name()).append("</summary>\n\n");
      out.append(escape(Redactor.redact(r.reason()))).append("\n");
      if (!r.findings().isEmpty()) {
        out.append("\n**Findings**\n\n");
        findings(out, r.findings());
      }
      if (!r.evidenceFindings().isEmpty()) {
        out.append("\n**Problems with the evidence itself (validity, API lifecycle)**\n\n");
        findings(out, r.evidenceFindings());
      }
      out.append("\n**Rules**");
      if (r.rules().isEmpty()) {
        out.append(": none maps to this item yet\n");
      } else {
        out.append("\n\n");
        for (RuleResult rule : r.rules()) {
          out.append("- `").append(rule.rule().id()).append("`: ").append(ChecklistText.ruleLine(rule)).append('\n');
        }
      }
      if (!r.suppressed().isEmpty()) {
        out.append("\n**Suppressed (not counted)**\n\n");
        for (SuppressedFinding s : limit(r.suppressed())) {
          out.append("- ").append(finding(s.finding())).append(" (").append(escape(Redactor.redact(s.suppression().reason()))).append(")\n");
        }
        more(out, r.suppressed().size());
      }
      out.append("\n**Evidence in the input**");
      if (r.evidence().isEmpty()) {
        out.append(": none\n");
      } else {
        out.append("\n\n");
        for (ResourceRef ref : limit(r.evidence())) {
          out.append("- ").append(escape(Redactor.redact(ref.display())));
          if (ref.position().isKnown()) {
            out.append(" (").append(escape(ref.position().file() + ":" + ref.position().line())).append(")");
          }
          out.append('\n');
        }
        more(out, r.evidence().size());
      }
      if (!r.missing().isEmpty()) {
        out.append("\n**Missing**\n\n");
        for (String m : limit(r.missing())) {
          out.append("- ").append(escape(Redactor.redact(m))).append('\n');
        }
        more(out, r.missing().size());
      }
      if (!r.notes().isEmpty()) {
        out.append("\n**Notes**\n\n");
        for (String n : r.notes()) {
          out.append("- ").append(escape(Redactor.redact(n))).append('\n');
        }
      }
      if (r.status() != Status.PASS) {
        out.append("\n**What would prove it:** ").append(r.proof()).append('\n'); // our own text, with its code spans
      }
      out.append("\n</details>\n");
    }
  }

  private static void findings(Appendable out, List<Finding> findings) throws IOException {
    for (Finding f : limit(findings)) {
      out.append("- ").append(finding(f)).append('\n');
    }
    more(out, findings.size());
  }

  private static String finding(Finding f) {
    String where = f.position().isKnown() ? f.position().file() + ":" + f.position().line() : "";
    return f.severity().name() + " " + (where.isEmpty() ? "" : escape(where) + " ") + escape(Redactor.redact(f.resource().display()))
        + ": " + escape(Redactor.redact(f.message())) + " (`" + f.ruleId() + "`)";
  }

  private static <T> List<T> limit(List<T> list) {
    return list.size() > MAX_LISTED ? list.subList(0, MAX_LISTED) : list;
  }

  private static void more(Appendable out, int size) throws IOException {
    if (size > MAX_LISTED) {
      out.append("- ... and ").append(String.valueOf(size - MAX_LISTED)).append(" more (`-o json` lists all)\n");
    }
  }

  /**
   * Text from the input, made inert: HTML special characters become entities and the Markdown
   * punctuation that opens code, emphasis, links or table cells is backslash-escaped, so neither
   * tags nor links nor table breaks can be injected.
   */
  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '\n', '\r', '\t' -> sb.append(' ');
        case '\\', '`', '*', '[', ']', '|', '~' -> sb.append('\\').append(c);
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
