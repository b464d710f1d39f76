package dev.seaworthy.report;

import dev.seaworthy.report.html.HtmlReporter;
import dev.seaworthy.report.junit.JUnitReporter;
import dev.seaworthy.report.markdown.MarkdownReporter;
import dev.seaworthy.report.sarif.SarifReporter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The reporters, keyed by format name. */
public final class Reporters {

  private static final Map<String, Reporter> BY_FORMAT = new LinkedHashMap<>();

  static {
    for (Reporter r : List.of(new TextReporter(), new JsonReporter(), new SarifReporter(), new JUnitReporter(), new MarkdownReporter(),
        new HtmlReporter())) {
      BY_FORMAT.put(r.format(), r);
    }
  }

  private Reporters() {}

  public static Optional<Reporter> find(String format) {
    return Optional.ofNullable(BY_FORMAT.get(format));
  }

  public static List<String> formats() {
    return List.copyOf(BY_FORMAT.keySet());
  }
}
