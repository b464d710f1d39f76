package dev.seaworthy.report;

import dev.seaworthy.core.engine.AuditReport;
import dev.seaworthy.core.engine.Finding;
import dev.seaworthy.core.engine.ResourceRef;
import dev.seaworthy.core.load.InputError;
import dev.seaworthy.core.load.Notice;
import dev.seaworthy.core.rule.Severity;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The human report: findings grouped by resource in input order, each with {@code file:line}, then
 * input errors and notices, then one summary line. Colours only when the options allow (a TTY).
 */
public final class TextReporter implements Reporter {

  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String DIM = "\u001b[2m";

  @Override
  public String format() {
    return "text";
  }

  @Override
  public void write(AuditReport report, ReportOptions options, Appendable out) throws IOException {
    Style s = new Style(options.color());
    Map<String, List<Finding>> byResource = new LinkedHashMap<>();
    for (Finding f : report.findings()) {
      byResource.computeIfAbsent(key(f.resource()), k -> new ArrayList<>()).add(f);
    }
    for (List<Finding> group : byResource.values()) {
      ResourceRef r = group.get(0).resource();
      out.append(s.bold(Redactor.redact(r.display())));
      if (r.position().isKnown()) {
        out.append("  ").append(s.dim(Redactor.redact(r.position().file()) + ":" + r.position().line()));
      }
      out.append('\n');
      for (Finding f : group) {
        String where = Redactor.redact(f.position().isKnown() ? f.position().file() + ":" + f.position().line() : r.display());
        out.append("  ")
            .append(s.severity(f.severity(), pad(f.severity().name(), 8)))
            .append(' ')
            .append(where)
            .append("  ")
            .append(Redactor.redact(f.message()))
            .append("  ")
            .append(s.dim("[" + f.ruleId() + "]"))
            .append('\n');
        if (!f.fixes().isEmpty()) {
          out.append("           ").append(s.dim("fix: " + Redactor.redact(f.fixes().get(0).description()))).append('\n');
        }
      }
      out.append('\n');
    }
    if (!report.inputErrors().isEmpty()) {
      out.append(s.bold("Input errors (" + report.inputErrors().size() + "): these documents were not audited")).append('\n');
      for (InputError e : report.inputErrors()) {
        out.append("  ").append(Redactor.redact(e.toString())).append('\n');
      }
      out.append('\n');
    }
    if (!report.notices().isEmpty()) {
      out.append(s.bold("Notices (" + report.notices().size() + ")")).append('\n');
      for (Notice n : report.notices()) {
        out.append("  ").append(Redactor.redact(n.toString())).append('\n');
      }
      out.append('\n');
    }
    if (!report.ruleFailures().isEmpty()) {
      out.append(s.bold("Internal errors (" + report.ruleFailures().size() + "): please report them")).append('\n');
      report.ruleFailures().forEach(f -> append(out, "  " + f.ruleId() + " on " + Redactor.redact(f.resource().display()) + ": " + Redactor.redact(f.error()) + "\n"));
      out.append('\n');
    }
    out.append(summary(report, s)).append('\n');
  }

  private static void append(Appendable out, String s) {
    try {
      out.append(s);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** One line: counts by severity, suppressed, size of the input, score and grade, target version. */
  public static String summary(AuditReport report, Style s) {
    List<String> counts = new ArrayList<>();
    Map<Severity, Long> bySeverity = report.countsBySeverity();
    for (Severity sev : List.of(Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW, Severity.INFO)) {
      String text = bySeverity.get(sev) + " " + sev.lower();
      counts.add(bySeverity.get(sev) > 0 ? s.severity(sev, text) : text);
    }
    String score =
        report.score().value().isPresent()
            ? "score " + report.score().value().getAsInt() + "/100, grade " + report.score().grade()
            : "no score (nothing was evaluated)";
    StringBuilder line = new StringBuilder();
    line.append(String.join(", ", counts));
    if (!report.suppressed().isEmpty()) {
      line.append(" (").append(report.suppressed().size()).append(" suppressed)");
    }
    line.append(" | ").append(report.resourcesAudited()).append(report.resourcesAudited() == 1 ? " resource" : " resources");
    boolean live = !report.evaluations().isEmpty()
        && report.evaluations().stream().allMatch(e -> e.resource().origin() == dev.seaworthy.core.model.Origin.LIVE);
    if (live) {
      line.append(" from the cluster");
    } else {
      line.append(" in ").append(report.filesRead()).append(report.filesRead() == 1 ? " file" : " files");
    }
    if (!report.inputErrors().isEmpty()) {
      line.append(", ").append(report.inputErrors().size()).append(" unreadable");
    }
    line.append(" | ").append(s.bold(score));
    line.append(" | Kubernetes ").append(report.targetVersion());
    return line.toString();
  }

  private static String key(ResourceRef r) {
    return r.position().file() + "\u0000" + r.position().line() + "\u0000" + r.display();
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }

  /** ANSI styling that degrades to plain text. */
  public record Style(boolean color) {

    String bold(String s) {
      return color ? BOLD + s + RESET : s;
    }

    String dim(String s) {
      return color ? DIM + s + RESET : s;
    }

    String severity(Severity sev, String s) {
      if (!color) {
        return s;
      }
      String code =
          switch (sev) {
            case CRITICAL -> "\u001b[1;31m";
            case HIGH -> "\u001b[31m";
            case MEDIUM -> "\u001b[33m";
            case LOW -> "\u001b[36m";
            case INFO -> "\u001b[2m";
          };
      return code + s + RESET;
    }
  }

}
