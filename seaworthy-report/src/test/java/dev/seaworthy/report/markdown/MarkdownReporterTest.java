package dev.seaworthy.report.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.engine.AuditReport;
import dev.seaworthy.report.ReportFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownReporterTest {

  private static String md(AuditReport report) throws Exception {
    StringBuilder sb = new StringBuilder();
    new MarkdownReporter().write(report, ReportFixtures.OPTIONS, sb);
    return sb.toString();
  }

  private static List<String> tableRows(String md, String header) {
    List<String> lines = md.lines().toList();
    int start = lines.indexOf(header);
    assertThat(start).as("table " + header).isNotNegative();
    return lines.subList(start + 2, lines.size()).stream().takeWhile(l -> l.startsWith("|")).toList();
  }

  private static long pipes(String row) {
    return row.chars().filter(c -> c == '|').count();
  }

  @Test
  void summaryCountsTopFindingsAndCollapsibleDetails() throws Exception {
    String md = md(ReportFixtures.audit("k8s/app.yaml", ReportFixtures.MIXED));
    assertThat(md).startsWith("## Seaworthy: grade ");
    assertThat(md).contains("| Critical | High | Medium | Low | Info | Suppressed |\n|---:|---:|---:|---:|---:|---:|\n| 1 | 0 | 1 | 1 | 0 | 1 |");
    assertThat(md).contains("3 resources in 1 file · Kubernetes 1.34 · 2026-11-24");

    List<String> top = tableRows(md, "| Severity | Where | Rule | Finding |");
    assertThat(top).hasSize(3);
    assertThat(top.get(0)).isEqualTo("| **CRITICAL** | k8s/app.yaml:13 | "
        + "[privileged-container](https://github.com/seaworthy-dev/seaworthy/blob/main/docs/rules/privileged-container.md) | "
        + "container \"app\" runs privileged |");
    assertThat(top.get(1)).startsWith("| MEDIUM | k8s/app.yaml:11 | [mutable-tag](");
    assertThat(top.get(2)).startsWith("| LOW | k8s/app.yaml:1 | [team-label-missing](");

    assertThat(md).contains("<details>\n<summary>All 3 findings by file</summary>\n\n#### k8s/app.yaml\n\n");
    assertThat(tableRows(md, "| Line | Severity | Rule | Resource | Finding |"))
        .extracting(r -> r.split(" \\| ")[0]).containsExactly("| 1", "| 11", "| 13");
    assertThat(md).contains("<summary>1 suppressed</summary>").contains("annotation: node debugging pod");
    assertThat(md).doesNotContain("### Input errors");
    assertThat(md.trim()).endsWith("</sub>");
  }

  @Test
  void topTableHoldsTwentyHighestSeverityFirst() throws Exception {
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 30; i++) {
      many.append("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c").append(i).append("}\n---\n");
    }
    many.append(ReportFixtures.MIXED);
    String md = md(ReportFixtures.audit("many.yaml", many.toString()));
    List<String> top = tableRows(md, "| Severity | Where | Rule | Finding |");
    assertThat(top).hasSize(MarkdownReporter.TOP);
    assertThat(top.get(0)).startsWith("| **CRITICAL** ");
    assertThat(top.get(1)).startsWith("| MEDIUM ");
    assertThat(top.subList(2, 20)).allSatisfy(r -> assertThat(r).startsWith("| LOW "));
    assertThat(md).contains("20 of 33 findings, highest severity first.");
    assertThat(tableRows(md, "| Line | Severity | Rule | Resource | Finding |")).hasSize(33);
  }

  @Test
  void findingsAreGroupedByFile() throws Exception {
    String cm = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n";
    String md = md(ReportFixtures.auditFiles("b/two.yaml", cm, "a/one.yaml", cm));
    assertThat(md.indexOf("#### a/one.yaml")).isPositive().isLessThan(md.indexOf("#### b/two.yaml"));
  }

  @Test
  void inputErrorsAreListed() throws Exception {
    String md = md(ReportFixtures.auditFiles("good.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ok, labels: {team: a}}\n",
        "bad.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  name: b\n"));
    assertThat(md).contains("### Input errors (1)").contains("- bad.yaml:5: duplicate key");
    assertThat(md).contains("1 resource in 2 files, 1 input error");
    assertThat(md).contains("No open findings.");
  }

  @Test
  void inputTextCannotInjectMarkdownOrHtml() throws Exception {
    String hostile = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: "a|b`c<script>alert(1)</script>*x*_y_[l](http://e.vil)@team #12 ![i](x)\\n| --- |"
        spec:
          containers:
            - name: "</details><img src=x onerror=alert(1)>"
              image: busybox
              securityContext: {privileged: true}
        """;
    String md = md(ReportFixtures.audit("dir|x/`pod`.yaml", hostile));
    assertThat(md).doesNotContain("<script").doesNotContain("<img").doesNotContainPattern("(?<!\\\\)\\]\\(http://e").doesNotContain("@team")
        .doesNotContain(" #12");
    assertThat(md).as("every backtick is escaped: no code span can open").doesNotContainPattern("(?<!\\\\)`");
    assertThat(md).contains("&lt;script&gt;").contains("a&#124;b\\`c").contains("\\*x\\*\\_y\\_\\[l\\](http://e.vil)").contains("!\\[i\\](x)");
    assertThat(md).contains("&#64;team &#35;12");
    // the details element is closed once per opening: the container name cannot close it early
    assertThat(md.split("</details>", -1).length - 1).isEqualTo(md.split("<details>", -1).length - 1);
    for (String row : tableRows(md, "| Severity | Where | Rule | Finding |")) {
      assertThat(pipes(row)).as(row).isEqualTo(5);
    }
    for (String row : tableRows(md, "| Line | Severity | Rule | Resource | Finding |")) {
      assertThat(pipes(row)).as(row).isEqualTo(6);
    }
    assertThat(md).contains("dir&#124;x/\\`pod\\`.yaml");
  }

  @Test
  void credentialsAreRedacted() throws Exception {
    String md = md(ReportFixtures.audit("pod.yaml",
        "apiVersion: v1\nkind: Pod\nmetadata: {name: x, namespace: AKIAABCDEFGHIJKLMNOP}\nspec:\n  containers: [{name: a, image: busybox}]\n"));
    assertThat(md).doesNotContain("AKIAABCDEFGHIJKLMNOP").contains("\\[REDACTED\\]");
  }

  @Test
  void staysUnderTheCommentSizeLimitAndSaysWhatItLeftOut() throws Exception {
    StringBuilder huge = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      huge.append("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: config-map-with-a-rather-long-name-").append(i).append("}\n---\n");
    }
    String md = md(ReportFixtures.audit("huge.yaml", huge.toString()));
    assertThat(md.length()).isLessThanOrEqualTo(MarkdownReporter.MAX_CHARS);
    assertThat(md).containsPattern("_\\d+ more findings do not fit in a comment; see the JSON or SARIF report._");
    assertThat(md).contains("</details>");
  }

  @Test
  void anEmptyAuditSaysSo() throws Exception {
    String md = md(ReportFixtures.empty());
    assertThat(md).startsWith("## Seaworthy: no score (nothing was evaluated)").contains("Nothing was audited.").doesNotContain("<details>");
  }

  @Test
  void escapeHandlesEveryMarkupCharacter() {
    assertThat(MarkdownText.escape("a|b")).isEqualTo("a&#124;b");
    assertThat(MarkdownText.escape("x\ny\r\tz")).isEqualTo("x y  z");
    assertThat(MarkdownText.escape("\u0001")).isEqualTo("\\\\u0001");
    assertThat(MarkdownText.escape("<b>&amp;")).isEqualTo("&lt;b&gt;&amp;amp;");
    assertThat(MarkdownText.escape("\\`*_[]()~!$")).isEqualTo("\\\\\\`\\*\\_\\[\\]()\\~!\\$");
    assertThat(MarkdownText.escape("plain text-1.2")).isEqualTo("plain text-1.2");
  }
}
