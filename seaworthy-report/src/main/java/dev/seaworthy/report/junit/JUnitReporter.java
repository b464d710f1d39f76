package dev.seaworthy.report.junit;

import dev.seaworthy.core.engine.AuditReport;
import dev.seaworthy.core.engine.Finding;
import dev.seaworthy.core.engine.ResourceEvaluation;
import dev.seaworthy.core.engine.ResourceRef;
import dev.seaworthy.core.engine.RuleFailure;
import dev.seaworthy.core.engine.SuppressedFinding;
import dev.seaworthy.core.load.InputError;
import dev.seaworthy.core.load.Notice;
import dev.seaworthy.core.model.Position;
import dev.seaworthy.core.rule.Fix;
import dev.seaworthy.core.rule.RuleMeta;
import dev.seaworthy.report.Redactor;
import dev.seaworthy.report.ReportOptions;
import dev.seaworthy.report.Reporter;
import dev.seaworthy.report.RuleDocs;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * JUnit XML in the Ant/Surefire shape that CI systems read (Jenkins, GitLab, Azure DevOps, CircleCI,
 * GitHub test-report actions). One {@code <testsuite>} per rule that was active in the audit, one
 * {@code <testcase>} per (resource, rule) pair that rule was evaluated on: it passes, fails (open
 * findings, with message and file:line), or is skipped (every finding suppressed, with the reason).
 * A rule that crashed on a resource is an {@code <error>}; unreadable input is an {@code <error>} in a
 * suite named {@value #INPUT_SUITE}. Counts per suite equal the JSON report's {@code rules[]}
 * statistics. Described in docs/output-formats.md.
 */
public final class JUnitReporter implements Reporter {

  /** The suite that holds input errors (and notices, as its system-out); no rule id can contain a space. */
  public static final String INPUT_SUITE = "input errors";

  @Override
  public String format() {
    return "junit";
  }

  @Override
  public void write(AuditReport report, ReportOptions options, Appendable out) throws IOException {
    List<Suite> suites = suites(report);
    Suite input = inputSuite(report);
    if (input != null) {
      suites.add(input);
    }
    int tests = 0;
    int failures = 0;
    int errors = 0;
    int skipped = 0;
    for (Suite s : suites) {
      tests += s.cases.size();
      failures += s.count(Outcome.FAILURE);
      errors += s.count(Outcome.ERROR);
      skipped += s.count(Outcome.SKIPPED);
    }
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.append("<testsuites name=\"seaworthy\"")
        .append(counts(tests, failures, errors, skipped))
        .append(" time=\"0\">\n");
    for (Suite s : suites) {
      s.write(out);
    }
    out.append("</testsuites>\n");
  }

  private static String counts(int tests, int failures, int errors, int skipped) {
    return " tests=\"" + tests + "\" failures=\"" + failures + "\" errors=\"" + errors + "\" skipped=\"" + skipped + "\"";
  }

  private static List<Suite> suites(AuditReport report) {
    // (rule, resource) -> open and suppressed findings
    Map<String, Map<ResourceRef, List<Finding>>> open = new HashMap<>();
    Map<String, Map<ResourceRef, List<SuppressedFinding>>> suppressed = new HashMap<>();
    for (Finding f : report.findings()) {
      open.computeIfAbsent(f.ruleId(), k -> new HashMap<>()).computeIfAbsent(f.resource(), k -> new ArrayList<>()).add(f);
    }
    for (SuppressedFinding s : report.suppressed()) {
      suppressed.computeIfAbsent(s.finding().ruleId(), k -> new HashMap<>())
          .computeIfAbsent(s.finding().resource(), k -> new ArrayList<>()).add(s);
    }
    // the pairs evaluated, in resource order; findings of a pair the report does not list still count
    Map<String, List<ResourceRef>> pairs = new LinkedHashMap<>();
    report.rules().forEach(m -> pairs.put(m.id(), new ArrayList<>()));
    for (ResourceEvaluation e : report.evaluations()) {
      for (String id : e.ruleIds()) {
        pairs.computeIfAbsent(id, k -> new ArrayList<>()).add(e.resource());
      }
    }
    addMissing(pairs, open);
    addMissing(pairs, suppressed);

    Map<String, RuleMeta> metas = new HashMap<>();
    report.rules().forEach(m -> metas.put(m.id(), m));
    Map<String, List<RuleFailure>> failures = new HashMap<>();
    report.ruleFailures().forEach(f -> failures.computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(f));

    List<Suite> suites = new ArrayList<>();
    for (Map.Entry<String, List<ResourceRef>> e : pairs.entrySet()) {
      String ruleId = e.getKey();
      RuleMeta meta = metas.get(ruleId);
      Suite suite = new Suite(ruleId);
      if (meta != null) {
        suite.properties.put("title", meta.title());
        suite.properties.put("severity", meta.severity().lower());
        suite.properties.put("category", meta.category().id());
        suite.properties.put("documentation", RuleDocs.url(ruleId));
      }
      Names names = new Names();
      for (ResourceRef r : e.getValue()) {
        List<Finding> fs = open.getOrDefault(ruleId, Map.of()).getOrDefault(r, List.of());
        List<SuppressedFinding> ss = suppressed.getOrDefault(ruleId, Map.of()).getOrDefault(r, List.of());
        suite.cases.add(testCase(ruleId, meta, r, names.of(r), fs, ss));
      }
      for (RuleFailure f : failures.getOrDefault(ruleId, List.of())) {
        Case c = new Case(names.of(f.resource()), ruleId, f.resource().position());
        c.outcome = Outcome.ERROR;
        c.message = "rule failed: " + Redactor.redact(f.error());
        c.type = "RuleFailure";
        c.body = where(f.resource().position(), f.resource()) + " " + c.message
            + "\nThis is a bug in Seaworthy, not in your manifest; please report it.";
        suite.cases.add(c);
      }
      suites.add(suite);
    }
    return suites;
  }

  private static <T> void addMissing(Map<String, List<ResourceRef>> pairs, Map<String, Map<ResourceRef, List<T>>> found) {
    found.forEach((ruleId, byResource) -> {
      List<ResourceRef> listed = pairs.computeIfAbsent(ruleId, k -> new ArrayList<>());
      Set<ResourceRef> present = new HashSet<>(listed);
      byResource.keySet().stream()
          .filter(r -> !present.contains(r))
          .sorted(Comparator.comparing(ResourceRef::position).thenComparing(ResourceRef::display))
          .forEach(listed::add);
    });
  }

  private static Case testCase(String ruleId, RuleMeta meta, ResourceRef r, String name, List<Finding> open, List<SuppressedFinding> suppressed) {
    Case c = new Case(name, ruleId, r.position());
    if (!open.isEmpty()) {
      Finding first = open.get(0);
      c.outcome = Outcome.FAILURE;
      c.position = first.position();
      c.type = first.severity().name();
      List<String> messages = open.stream().map(f -> Redactor.redact(f.message())).toList();
      c.message = String.join("; ", messages);
      StringBuilder body = new StringBuilder();
      for (Finding f : open) {
        body.append(f.severity().name()).append(' ').append(where(f.position(), r)).append(' ').append(Redactor.redact(f.message())).append('\n');
        for (Fix fix : f.fixes()) {
          body.append("  fix: ").append(Redactor.redact(fix.description())).append('\n');
        }
      }
      for (SuppressedFinding s : suppressed) {
        body.append("(suppressed) ").append(where(s.finding().position(), r)).append(' ')
            .append(Redactor.redact(s.finding().message())).append(": ").append(Redactor.redact(s.suppression().reason())).append('\n');
      }
      if (meta != null) {
        body.append("How to fix: ").append(meta.remediation()).append('\n');
      }
      body.append("Rule: ").append(ruleId).append(' ').append(RuleDocs.url(ruleId));
      c.body = body.toString();
    } else if (!suppressed.isEmpty()) {
      c.outcome = Outcome.SKIPPED;
      c.message = "suppressed: " + Redactor.redact(suppressed.get(0).suppression().reason());
    }
    return c;
  }

  private static String where(Position p, ResourceRef r) {
    if (p.isKnown()) {
      return Redactor.redact(p.file()) + ":" + p.line() + ":" + p.column();
    }
    return p.file().isEmpty() ? Redactor.redact(r.display()) : Redactor.redact(p.file());
  }

  private static Suite inputSuite(AuditReport report) {
    if (report.inputErrors().isEmpty() && report.notices().isEmpty()) {
      return null;
    }
    Suite suite = new Suite(INPUT_SUITE);
    Map<String, Integer> seen = new HashMap<>();
    for (InputError e : report.inputErrors()) {
      Position p = e.position();
      String name = p.isKnown() ? p.file() + ":" + p.line() : p.file();
      int n = seen.merge(name, 1, Integer::sum);
      Case c = new Case(Redactor.redact(n == 1 ? name : name + " #" + n), INPUT_SUITE, p);
      c.outcome = Outcome.ERROR;
      c.type = "InputError";
      c.message = Redactor.redact(e.reason());
      c.body = Redactor.redact(e.toString()) + "\nThis document was not audited; everything else was.";
      suite.cases.add(c);
    }
    StringBuilder notices = new StringBuilder();
    for (Notice n : report.notices()) {
      notices.append(Redactor.redact(n.toString())).append('\n');
    }
    suite.systemOut = notices.toString();
    return suite;
  }

  /** Test case names that are unique in a suite and stable across edits: the resource and its file, no line. */
  private static final class Names {
    private final Map<String, Integer> seen = new HashMap<>();

    String of(ResourceRef r) {
      String name = r.display() + (r.position().file().isEmpty() ? "" : " in " + r.position().file());
      int n = seen.merge(name, 1, Integer::sum);
      return Redactor.redact(n == 1 ? name : name + " #" + n);
    }
  }

  private enum Outcome {
    PASS,
    FAILURE,
    ERROR,
    SKIPPED
  }

  private static final class Case {
    final String name;
    final String classname;
    Position position;
    Outcome outcome = Outcome.PASS;
    String message = "";
    String type = "";
    String body = "";

    Case(String name, String classname, Position position) {
      this.name = name;
      this.classname = classname;
      this.position = position;
    }

    void write(Appendable out) throws IOException {
      out.append("    <testcase name=\"").append(XmlText.attribute(name))
          .append("\" classname=\"").append(XmlText.attribute(classname)).append('"');
      if (!position.file().isEmpty()) {
        out.append(" file=\"").append(XmlText.attribute(Redactor.redact(position.file()))).append('"');
        if (position.isKnown()) {
          out.append(" line=\"").append(String.valueOf(position.line())).append('"');
        }
      }
      out.append(" time=\"0\"");
      switch (outcome) {
        case PASS -> out.append("/>\n");
        case SKIPPED -> out.append(">\n      <skipped message=\"").append(XmlText.attribute(message)).append("\"/>\n    </testcase>\n");
        case FAILURE, ERROR -> {
          String element = outcome == Outcome.FAILURE ? "failure" : "error";
          out.append(">\n      <").append(element)
              .append(" message=\"").append(XmlText.attribute(message))
              .append("\" type=\"").append(XmlText.attribute(type)).append("\">")
              .append(XmlText.text(body))
              .append("</").append(element).append(">\n    </testcase>\n");
        }
      }
    }
  }

  private static final class Suite {
    final String name;
    final Map<String, String> properties = new LinkedHashMap<>();
    final List<Case> cases = new ArrayList<>();
    String systemOut = "";

    Suite(String name) {
      this.name = name;
    }

    int count(Outcome o) {
      return (int) cases.stream().filter(c -> c.outcome == o).count();
    }

    void write(Appendable out) throws IOException {
      out.append("  <testsuite name=\"").append(XmlText.attribute(name)).append('"')
          .append(counts(cases.size(), count(Outcome.FAILURE), count(Outcome.ERROR), count(Outcome.SKIPPED)))
          .append(" time=\"0\">\n");
      if (!properties.isEmpty()) {
        out.append("    <properties>\n");
        for (Map.Entry<String, String> p : properties.entrySet()) {
          out.append("      <property name=\"").append(XmlText.attribute(p.getKey()))
              .append("\" value=\"").append(XmlText.attribute(p.getValue())).append("\"/>\n");
        }
        out.append("    </properties>\n");
      }
      for (Case c : cases) {
        c.write(out);
      }
      if (!systemOut.isEmpty()) {
        out.append("    <system-out>").append(XmlText.text(systemOut)).append("</system-out>\n");
      }
      out.append("  </testsuite>\n");
    }
  }
}
