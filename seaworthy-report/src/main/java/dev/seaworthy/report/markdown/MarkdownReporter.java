package dev.seaworthy.report.markdown;

import dev.seaworthy.core.engine.AuditReport;
import dev.seaworthy.core.engine.Finding;
import dev.seaworthy.core.engine.RuleFailure;
import dev.seaworthy.core.engine.SuppressedFinding;
import dev.seaworthy.core.load.InputError;
import dev.seaworthy.core.load.Notice;
import dev.seaworthy.core.model.Position;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.report.Redactor;
import dev.seaworthy.report.ReportOptions;
import dev.seaworthy.report.Reporter;
import dev.seaworthy.report.RuleDocs;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A compact summary for a pull-request comment (GitHub-flavoured Markdown): grade and score, counts
 * by severity, the top findings (highest severity first) as a table, then every finding grouped by
 * file in a collapsible section, suppressed findings with their reasons, and input errors. Rule ids
 * link to their documentation. Text from the input is escaped, so a manifest cannot inject Markdown
 * or HTML, and the comment stays under GitHub's size limit ({@value #MAX_CHARS} characters): what does
 * not fit is counted, not silently dropped. Described in docs/output-formats.md.
 */
public final class MarkdownReporter implements Reporter {

  /** Findings in the top table. */
  public static final int TOP = 20;
  /** GitHub rejects comments over 65,536 characters; stay under it with room for a caller's header. */
  public static final int MAX_CHARS = 60_000;

  private static final List<Severity> SEVERITIES = List.of(Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW, Severity.INFO);
  private static final Comparator<Finding> BY_SEVERITY =
      Comparator.comparing(Finding::severity, Comparator.reverseOrder()).thenComparing(Finding.ORDER);

  @Override
  public String format() {
    return "markdown";
  }

  @Override
  public void write(AuditReport report, ReportOptions options, Appendable out) throws IOException {
    StringBuilder head = new StringBuilder();
    StringBuilder tail = new StringBuilder();
    head.append("## Seaworthy: ").append(headline(report)).append("\n\n");
    counts(head, report);
    head.append(inputLine(report)).append("\n\n");

    if (report.findings().isEmpty()) {
      head.append(report.resourcesAudited() == 0 ? "Nothing was audited.\n\n" : "No open findings.\n\n");
    } else {
      List<Finding> sorted = new ArrayList<>(report.findings());
      sorted.sort(BY_SEVERITY);
      List<Finding> top = sorted.subList(0, Math.min(TOP, sorted.size()));
      head.append("### Top findings\n\n");
      head.append("| Severity | Where | Rule | Finding |\n|---|---|---|---|\n");
      for (Finding f : top) {
        head.append("| ").append(severity(f.severity())).append(" | ").append(where(f.position(), f))
            .append(" | ").append(ruleLink(f.ruleId())).append(" | ").append(text(f.message())).append(" |\n");
      }
      if (sorted.size() > top.size()) {
        head.append("\n").append(top.size()).append(" of ").append(sorted.size()).append(" findings, highest severity first.\n");
      }
      head.append('\n');
    }

    if (!report.inputErrors().isEmpty()) {
      head.append("### Input errors (").append(report.inputErrors().size()).append(")\n\n");
      head.append("These documents could not be read and were not audited; everything else was.\n\n");
      for (InputError e : report.inputErrors()) {
        head.append("- ").append(location(e.position())).append(": ").append(text(e.reason())).append('\n');
      }
      head.append('\n');
    }
    if (!report.ruleFailures().isEmpty()) {
      head.append("### Internal errors (").append(report.ruleFailures().size()).append(")\n\n");
      head.append("A rule failed on these resources: a bug in Seaworthy, not in the manifests.\n\n");
      for (RuleFailure f : report.ruleFailures()) {
        head.append("- ").append(ruleLink(f.ruleId())).append(" on ").append(text(f.resource().display()))
            .append(": ").append(text(f.error())).append('\n');
      }
      head.append('\n');
    }

    String footer = "<sub>Seaworthy " + text(options.toolVersion()) + ". Rule ids link to their documentation.</sub>\n";
    int budget = MAX_CHARS - head.length() - footer.length();
    details(tail, report, budget);
    out.append(head).append(tail).append(footer);
  }

  private static String headline(AuditReport report) {
    if (report.score().value().isEmpty()) {
      return "no score (nothing was evaluated)";
    }
    return "grade " + report.score().grade() + ", score " + report.score().value().getAsInt() + "/100";
  }

  private static void counts(StringBuilder sb, AuditReport report) {
    Map<Severity, Long> bySeverity = report.countsBySeverity();
    sb.append("| Critical | High | Medium | Low | Info | Suppressed |\n|---:|---:|---:|---:|---:|---:|\n|");
    for (Severity s : SEVERITIES) {
      sb.append(' ').append(bySeverity.get(s)).append(" |");
    }
    sb.append(' ').append(report.suppressed().size()).append(" |\n\n");
  }

  private static String inputLine(AuditReport report) {
    StringBuilder sb = new StringBuilder();
    sb.append(report.resourcesAudited()).append(report.resourcesAudited() == 1 ? " resource" : " resources");
    sb.append(" in ").append(report.filesRead()).append(report.filesRead() == 1 ? " file" : " files");
    if (!report.inputErrors().isEmpty()) {
      sb.append(", ").append(report.inputErrors().size()).append(report.inputErrors().size() == 1 ? " input error" : " input errors");
    }
    sb.append(" · Kubernetes ").append(report.targetVersion()).append(" · ").append(report.auditDate());
    return sb.toString();
  }

  /** Every finding by file, then suppressed findings and notices, each collapsible, within the budget. */
  private static void details(StringBuilder out, AuditReport report, int budget) {
    int left = budget;
    if (!report.findings().isEmpty()) {
      Map<String, List<Finding>> byFile = new LinkedHashMap<>();
      for (Finding f : report.findings()) {
        byFile.computeIfAbsent(f.position().file(), k -> new ArrayList<>()).add(f);
      }
      StringBuilder sb = new StringBuilder();
      sb.append("<details>\n<summary>All ").append(report.findings().size()).append(" findings by file</summary>\n\n");
      int shown = 0;
      String closing = "</details>\n\n";
      boolean full = false;
      for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
        if (full) {
          break;
        }
        StringBuilder section = new StringBuilder();
        section.append("#### ").append(e.getKey().isEmpty() ? "(live objects)" : text(e.getKey())).append("\n\n");
        section.append("| Line | Severity | Rule | Resource | Finding |\n|---:|---|---|---|---|\n");
        if (sb.length() + section.length() + closing.length() + 200 > left) {
          break;
        }
        sb.append(section);
        for (Finding f : e.getValue()) {
          String row = "| " + (f.position().isKnown() ? String.valueOf(f.position().line()) : "") + " | " + severity(f.severity())
              + " | " + ruleLink(f.ruleId()) + " | " + text(f.resource().display()) + " | " + text(f.message()) + " |\n";
          if (sb.length() + row.length() + closing.length() + 200 > left) {
            full = true;
            break;
          }
          sb.append(row);
          shown++;
        }
        sb.append('\n');
      }
      if (shown < report.findings().size()) {
        sb.append("_").append(report.findings().size() - shown)
            .append(" more findings do not fit in a comment; see the JSON or SARIF report._\n\n");
      }
      sb.append(closing);
      out.append(sb);
      left -= sb.length();
    }
    if (!report.suppressed().isEmpty()) {
      StringBuilder sb = new StringBuilder();
      sb.append("<details>\n<summary>").append(report.suppressed().size()).append(" suppressed</summary>\n\n");
      sb.append("| Where | Rule | Resource | Reason |\n|---|---|---|---|\n");
      int shown = 0;
      for (SuppressedFinding s : report.suppressed()) {
        Finding f = s.finding();
        String row = "| " + where(f.position(), f) + " | " + ruleLink(f.ruleId()) + " | " + text(f.resource().display()) + " | "
            + text(s.suppression().source().name().toLowerCase(Locale.ROOT).replace('_', '-')) + ": " + text(s.suppression().reason()) + " |\n";
        if (sb.length() + row.length() + 200 > left) {
          break;
        }
        sb.append(row);
        shown++;
      }
      if (shown < report.suppressed().size()) {
        sb.append("\n_").append(report.suppressed().size() - shown).append(" more do not fit in a comment._\n");
      }
      sb.append("\n</details>\n\n");
      if (sb.length() < left) {
        out.append(sb);
        left -= sb.length();
      }
    }
    if (!report.notices().isEmpty()) {
      StringBuilder sb = new StringBuilder();
      sb.append("<details>\n<summary>").append(report.notices().size()).append(report.notices().size() == 1 ? " notice" : " notices")
          .append("</summary>\n\n");
      for (Notice n : report.notices()) {
        String line = "- " + location(n.position()) + ": " + text(n.message()) + "\n";
        if (sb.length() + line.length() + 100 > left) {
          break;
        }
        sb.append(line);
      }
      sb.append("\n</details>\n\n");
      if (sb.length() < left) {
        out.append(sb);
      }
    }
  }

  private static String severity(Severity s) {
    return s.atLeast(Severity.HIGH) ? "**" + s.name() + "**" : s.name();
  }

  private static String ruleLink(String ruleId) {
    return "[" + text(ruleId) + "](" + RuleDocs.url(ruleId) + ")";
  }

  private static String where(Position p, Finding f) {
    if (p.file().isEmpty()) {
      return text(f.resource().display());
    }
    return p.isKnown() ? text(p.file()) + ":" + p.line() : text(p.file());
  }

  private static String location(Position p) {
    return p.isKnown() ? text(p.file()) + ":" + p.line() : text(p.file());
  }

  /** Input-derived text: redacted, then escaped. */
  private static String text(String s) {
    return MarkdownText.escape(Redactor.redact(s));
  }
}
