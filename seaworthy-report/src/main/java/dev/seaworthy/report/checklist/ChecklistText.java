package dev.seaworthy.report.checklist;

import dev.seaworthy.core.engine.Finding;
import dev.seaworthy.core.engine.ResourceRef;
import dev.seaworthy.core.engine.SuppressedFinding;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.report.Redactor;
import dev.seaworthy.report.ReportOptions;
import dev.seaworthy.report.TextReporter;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The checklist for people: a table of the 15 items with their status and a one-line reason, then
 * the details of each item (rules, findings with file:line, evidence, what is missing, how to prove
 * it by hand).
 */
public final class ChecklistText implements ChecklistRenderer {

  private static final String RESET = "\u001b[0m";
  /** {@code " (file:line)"} in reasons: left out of the table, kept in the details. */
  private static final Pattern LOCATION = Pattern.compile(" \\([^()]*:\\d+\\)");
  private static final int REASON_WIDTH = 96;
  private static final int MAX_LISTED = 20;

  @Override
  public String format() {
    return "text";
  }

  @Override
  public void write(ChecklistReport checklist, ReportOptions options, Appendable out) throws IOException {
    boolean color = options.color();
    int itemWidth = Arrays.stream(ChecklistItem.values()).mapToInt(i -> i.text().length()).max().orElse(40);
    out.append(bold(color, "The guide's production checklist")).append(" (\"AWS EKS in Production\", 15 items)\n");
    out.append("Audit: ").append(TextReporter.summary(checklist.audit(), new TextReporter.Style(false))).append("\n\n");
    out.append(String.format(" #  %-" + itemWidth + "s  %-7s  %s%n", "Item", "Status", "Why"));
    for (ItemResult r : checklist.items()) {
      out.append(String.format("%2d  %-" + itemWidth + "s  ", r.item().number(), r.item().text()))
          .append(status(color, r.status(), 7))
          .append("  ")
          .append(oneLine(r.reason()))
          .append('\n');
    }
    out.append('\n').append(counts(checklist)).append('\n');
    out.append("PASS proven by the input | FAIL a problem found | PARTIAL evidence incomplete | MANUAL needs proof "
        + "the input cannot give. See docs/checklist.md.\n");

    for (ItemResult r : checklist.items()) {
      out.append('\n');
      out.append(bold(color, r.item().number() + ". " + r.item().text() + ": ")).append(status(color, r.status(), 0)).append('\n');
      out.append("   ").append(Redactor.redact(r.reason())).append('\n');
      if (!r.findings().isEmpty()) {
        out.append("   Findings:\n");
        listFindings(out, r.findings());
      }
      if (!r.evidenceFindings().isEmpty()) {
        out.append("   Problems with the evidence itself (validity, API lifecycle):\n");
        listFindings(out, r.evidenceFindings());
      }
      out.append("   Rules:");
      if (r.rules().isEmpty()) {
        out.append(" none maps to this item yet\n");
      } else {
        out.append('\n');
        for (RuleResult rule : r.rules()) {
          out.append("     ").append(rule.rule().id()).append(": ").append(ruleLine(rule)).append('\n');
        }
      }
      if (!r.suppressed().isEmpty()) {
        out.append("   Suppressed (not counted):\n");
        for (SuppressedFinding s : limit(r.suppressed())) {
          out.append("     ").append(where(s.finding())).append("  ").append(Redactor.redact(s.finding().message()))
              .append("  [").append(s.finding().ruleId()).append("] (").append(Redactor.redact(s.suppression().reason())).append(")\n");
        }
        more(out, r.suppressed().size());
      }
      out.append("   Evidence in the input:");
      if (r.evidence().isEmpty()) {
        out.append(" none\n");
      } else {
        out.append('\n');
        for (ResourceRef ref : limit(r.evidence())) {
          out.append("     ").append(Redactor.redact(ref.display()));
          if (ref.position().isKnown()) {
            out.append("  ").append(ref.position().file()).append(':').append(String.valueOf(ref.position().line()));
          }
          out.append('\n');
        }
        more(out, r.evidence().size());
      }
      if (!r.missing().isEmpty()) {
        out.append("   Missing:\n");
        for (String m : limit(r.missing())) {
          out.append("     - ").append(Redactor.redact(m)).append('\n');
        }
        more(out, r.missing().size());
      }
      for (String note : r.notes()) {
        out.append("   Note: ").append(Redactor.redact(note)).append('\n');
      }
      if (r.status() != Status.PASS) {
        out.append("   What would prove it: ").append(r.proof()).append('\n');
      }
    }
  }

  public static String counts(ChecklistReport checklist) {
    Map<Status, Long> c = checklist.counts();
    return c.get(Status.PASS) + " pass, " + c.get(Status.FAIL) + " fail, " + c.get(Status.PARTIAL) + " partial, "
        + c.get(Status.MANUAL) + " manual";
  }

  public static String ruleLine(RuleResult rule) {
    String sev = rule.rule().severity().lower();
    if (!rule.ran()) {
      return "did not run (" + (rule.rule().enabledByDefault() ? "excluded" : "off by default") + "), " + sev;
    }
    if (rule.evaluated() == 0) {
      return "nothing to evaluate, " + sev;
    }
    StringBuilder sb = new StringBuilder();
    sb.append(rule.evaluated()).append(" evaluated, ").append(rule.passed()).append(" passed, ").append(rule.failed()).append(" failed");
    if (rule.suppressed() > 0) {
      sb.append(", ").append(rule.suppressed()).append(" suppressed");
    }
    return sb.append(", ").append(sev).toString();
  }

  /** The reason without file locations, cut at a word to fit one line. */
  static String oneLine(String reason) {
    String s = LOCATION.matcher(Redactor.redact(reason)).replaceAll("");
    if (s.length() <= REASON_WIDTH) {
      return s;
    }
    int cut = s.lastIndexOf(' ', REASON_WIDTH - 3);
    return s.substring(0, cut > 40 ? cut : REASON_WIDTH - 3) + "...";
  }

  private static void listFindings(Appendable out, List<Finding> findings) throws IOException {
    for (Finding f : limit(findings)) {
      out.append("     ").append(String.format("%-8s ", f.severity().name())).append(where(f)).append("  ")
          .append(Redactor.redact(f.resource().display())).append(": ").append(Redactor.redact(f.message()))
          .append("  [").append(f.ruleId()).append("]\n");
    }
    more(out, findings.size());
  }

  private static String where(Finding f) {
    return f.position().isKnown() ? f.position().file() + ":" + f.position().line() : Redactor.redact(f.resource().display());
  }

  private static <T> List<T> limit(List<T> list) {
    return list.size() > MAX_LISTED ? list.subList(0, MAX_LISTED) : list;
  }

  private static void more(Appendable out, int size) throws IOException {
    if (size > MAX_LISTED) {
      out.append("     ... and ").append(String.valueOf(size - MAX_LISTED)).append(" more (-o json lists all)\n");
    }
  }

  private static String bold(boolean color, String s) {
    return color ? "\u001b[1m" + s + RESET : s;
  }

  private static String status(boolean color, Status status, int width) {
    String text = width > 0 ? String.format("%-" + width + "s", status.name()) : status.name();
    if (!color) {
      return text;
    }
    String code =
        switch (status) {
          case PASS -> "\u001b[32m";
          case FAIL -> "\u001b[1;31m";
          case PARTIAL -> "\u001b[33m";
          case MANUAL -> "\u001b[36m";
        };
    return code + text + RESET;
  }
}
