package dev.seaworthy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.rule.RuleRegistry;
import dev.seaworthy.kube.KindRules;
import dev.seaworthy.kube.KubeKind;
import dev.seaworthy.kube.diagnose.Analyzer;
import dev.seaworthy.kube.diagnose.AnalyzerInfo;
import dev.seaworthy.kube.diagnose.Analyzers;
import dev.seaworthy.kube.diagnose.Diagnose;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.seaworthy.rules.BuiltInRules;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/live-cluster.md is written by hand, except two tables this test checks word for word: the
 * analyzers of diagnose and the kinds the collector reads. On failure the message holds the table to
 * paste.
 */
class LiveClusterDocsTest {

  private static final Path DOC = Path.of("..", "docs", "live-cluster.md");

  static String analyzersTable() {
    StringBuilder t = new StringBuilder("| analyzer | what it finds | causes it tells apart |\n|---|---|---|\n");
    Set<String> ids = new HashSet<>();
    for (Analyzer a : Analyzers.all()) {
      AnalyzerInfo info = a.info();
      assertThat(ids.add(info.id())).as("duplicate analyzer id " + info.id()).isTrue();
      assertThat(info.id()).matches("[a-z][a-z0-9]*(-[a-z0-9]+)*");
      assertThat(info.title()).doesNotEndWith(".");
      t.append("| `").append(info.id()).append("` | ").append(info.title()).append(" | ").append(info.explains()).append(" |\n");
    }
    return t.toString();
  }

  static String kindsTable() {
    StringBuilder t = new StringBuilder("| resource | read by | how |\n|---|---|---|\n");
    var audit = KindRules.of(new RuleRegistry(BuiltInRules.all())).kinds();
    for (KubeKind k : KubeKind.all()) {
      String by = audit.contains(k) && Diagnose.KINDS.contains(k) ? "audit, diagnose" : audit.contains(k) ? "audit" : "diagnose";
      String how = k.metadataOnly() ? "list, metadata only" : k.extension() ? "list, when the API is served" : "list";
      t.append("| `").append(k.resourceName()).append("` | ").append(by).append(" | ").append(how).append(" |\n");
    }
    return t.toString();
  }

  private static String block(String doc, String name) {
    var m = Pattern.compile("<!-- " + name + ":start -->\n(.*?)<!-- " + name + ":end -->", Pattern.DOTALL).matcher(doc);
    assertThat(m.find()).as("docs/live-cluster.md has no " + name + " block").isTrue();
    return m.group(1);
  }

  /** With -Dseaworthy.regenerate=true, writes the tables into the page first. */
  private static String doc(String name, String table) throws IOException {
    String text = Files.readString(DOC);
    if (Boolean.getBoolean("seaworthy.regenerate")) {
      text = text.replaceFirst("(?s)<!-- " + name + ":start -->\n.*?<!-- " + name + ":end -->",
          java.util.regex.Matcher.quoteReplacement("<!-- " + name + ":start -->\n" + table + "<!-- " + name + ":end -->"));
      Files.writeString(DOC, text);
    }
    return text;
  }

  @Test
  void theAnalyzerTableMatchesTheAnalyzers() throws IOException {
    String table = analyzersTable();
    assertThat(block(doc("analyzers", table), "analyzers")).as("rerun with -Dseaworthy.regenerate=true").isEqualTo(table);
  }

  @Test
  void theKindTableMatchesTheCatalog() throws IOException {
    String table = kindsTable();
    assertThat(block(doc("kinds", table), "kinds")).as("rerun with -Dseaworthy.regenerate=true").isEqualTo(table);
  }
}
