package dev.seaworthy.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.engine.AuditReport;
import dev.seaworthy.core.engine.Finding;
import dev.seaworthy.core.load.LoadedInput;
import dev.seaworthy.core.load.ManifestLoader;
import dev.seaworthy.core.rule.RuleRegistry;
import dev.seaworthy.report.ReportFixtures;
import dev.seaworthy.report.ReportInput;
import dev.seaworthy.report.ReportOptions;
import dev.seaworthy.report.Reporters;
import dev.seaworthy.report.checklist.Checklist;
import dev.seaworthy.report.checklist.ChecklistRenderers;
import dev.seaworthy.rules.BuiltInRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The HTML report as a string: escaping, the Content-Security-Policy, snippets, and what each section holds. */
class HtmlReporterTest {

  @TempDir Path dir;

  private static String render(AuditReport report, ReportOptions options) throws IOException {
    StringBuilder sb = new StringBuilder();
    Reporters.find("html").orElseThrow().write(report, options, sb);
    return sb.toString();
  }

  private static int count(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  private static String between(String s, String start, String end) {
    int a = s.indexOf(start);
    assertThat(a).as(start).isNotNegative();
    int b = s.indexOf(end, a + start.length());
    return s.substring(a + start.length(), b);
  }

  private static String sha256(String s) throws Exception {
    return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
  }

  // --- escaping ---------------------------------------------------------------------------------

  @Test
  void aHostileManifestCannotAddMarkupScriptsOrHandlers() throws Exception {
    String html = Files.readString(HtmlPages.hostile());
    // the hostile strings are in the page, as text
    assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(html).contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
    assertThat(html).contains("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(html).contains("&lt;!-- &lt;script&gt;window.__pwned=1&lt;/script&gt;");
    assertThat(html).contains("&#39;&gt;&lt;svg onload=window.__pwned=2&gt;");
    assertThat(html).contains("javascript:alert(1)");
    // ... and nowhere as markup
    for (String payload : HtmlPages.PAYLOADS) {
      if (!payload.equals(HtmlPages.JS_URL)) {
        assertThat(html).as(payload).doesNotContain(payload);
      }
    }
    assertThat(html).doesNotContain("<img").doesNotContain("<svg onload").doesNotContain("<!--").doesNotContain("<iframe");
    assertThat(count(html, "<script")).as("the page's script and its JSON data, nothing else").isEqualTo(2);
    assertThat(count(html, "</script>")).isEqualTo(2);
    // no tag carries an event handler, and every link is the page's own
    String tagsWithoutValues = html.replaceAll("=\"[^\"]*\"", "=\"\"");
    assertThat(Pattern.compile("<[a-zA-Z][^>]*\\son[a-z]+\\s*=").matcher(tagsWithoutValues).find()).as("event handler attribute").isFalse();
    Matcher href = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
    while (href.find()) {
      assertThat(href.group(1)).matches("#[a-z0-9-]+|https://github\\.com/seaworthy-dev/seaworthy[a-zA-Z0-9/._-]*");
    }
    assertThat(tagsWithoutValues).doesNotContainPattern("<[a-zA-Z][^>]*\\s(?i)(src|action|formaction|style)\\s*=");
  }

  @Test
  void aHostileFileNameIsEscapedInTextAndAttributes() throws Exception {
    String html = Files.readString(HtmlPages.hostile());
    String escaped = HtmlText.escape(HtmlPages.HOSTILE_FILE);
    assertThat(escaped).isEqualTo("&quot;&gt;&lt;img src=x onerror=window.__pwned=3&gt;.yaml");
    assertThat(html).contains("data-file=\"target/html-pages/hostile/" + escaped + "\"");
    assertThat(html).contains(escaped + ":");
    assertThat(html).doesNotContain(HtmlPages.HOSTILE_FILE);
    // the input error in that file is listed with its location
    assertThat(between(html, "<section id=\"input-errors\">", "</section>")).contains(escaped);
  }

  @Test
  void theEmbeddedJsonCannotCloseItsScriptAndKeepsTheOriginalStrings() throws Exception {
    String html = Files.readString(HtmlPages.hostile());
    String json = between(html, "<script type=\"application/json\" id=\"" + HtmlPage.JSON_ID + "\">", "</script>");
    assertThat(json).doesNotContain("<").doesNotContain(">").doesNotContain("&").contains("\\u003cscript\\u003e");
    JsonNode report = new ObjectMapper().readTree(json);
    List<String> names = new ArrayList<>();
    report.get("findings").forEach(f -> names.add(f.at("/resource/name").asString()));
    assertThat(names).contains(HtmlPages.SCRIPT, HtmlPages.SVG, HtmlPages.COMMENT);
    assertThat(report.at("/suppressed/0/suppression/reason").asString()).isEqualTo(HtmlPages.COMMENT);
  }

  @Test
  void escapingCoversQuotesControlCharactersAndLoneSurrogates() {
    assertThat(HtmlText.escape("a<b>&\"c'")).isEqualTo("a&lt;b&gt;&amp;&quot;c&#39;");
    assertThat(HtmlText.escape("x\u0000y\u001bz\u007f")).isEqualTo("x\\u0000y\\u001Bz\\u007F");
    assertThat(HtmlText.escape("\uD800 \uD83D\uDE80")).isEqualTo("\\uD800 \uD83D\uDE80");
    assertThat(HtmlText.escape("line\r\nnext\ttab")).isEqualTo("line&#13;\nnext\ttab");
    assertThat(HtmlText.scriptJson("{\"a\": \"</script><!--&\u2028\"}")).isEqualTo("{\"a\": \"\\u003c/script\\u003e\\u003c!--\\u0026\\u2028\"}");
    assertThat(HtmlText.text("key AKIAIOSFODNN7EXAMPLE <b>")).isEqualTo("key [REDACTED] &lt;b&gt;");
    assertThat(HtmlText.prose("Set `a: <b>` and `c`.")).isEqualTo("Set <code>a: &lt;b&gt;</code> and <code>c</code>.");
    assertThat(HtmlText.prose("odd ` tick <x>")).isEqualTo("odd ` tick &lt;x&gt;");
  }

  // --- self-contained -------------------------------------------------------------------------

  @Test
  void theContentSecurityPolicyAllowsExactlyTheInlineStyleAndScript() throws Exception {
    String html = Files.readString(HtmlPages.guide());
    String csp = between(html, "<meta http-equiv=\"Content-Security-Policy\" content=\"", "\">");
    assertThat(csp).startsWith("default-src 'none'; ").doesNotContain("unsafe").doesNotContain("http").doesNotContain("data:")
        .contains("base-uri 'none'").contains("form-action 'none'");
    String style = between(html, "<style>", "</style>");
    String script = between(html, "<script>", "</script>");
    assertThat(csp).contains("style-src 'sha256-" + sha256(style) + "'").contains("script-src 'sha256-" + sha256(script) + "'");
    assertThat(html.indexOf("Content-Security-Policy")).as("the policy comes before anything it governs").isLessThan(html.indexOf("<style>"));
    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
  }

  @Test
  void thePageReferencesNothingOutsideItself() throws Exception {
    String html = Files.readString(HtmlPages.guide());
    assertThat(html).doesNotContain("<link").doesNotContain("<img").doesNotContain("<iframe").doesNotContainPattern("\\ssrc\\s*=");
    assertThat(HtmlPage.CSS).doesNotContain("url(").doesNotContain("@import").doesNotContain("@font-face");
    assertThat(HtmlPage.JS).doesNotContain("fetch(").doesNotContain("XMLHttpRequest").doesNotContain("innerHTML")
        .doesNotContain("outerHTML").doesNotContain("insertAdjacentHTML").doesNotContain("document.write").doesNotContain("eval(");
    // outside links, only plain <a href> to Seaworthy's documentation, opened by the reader
    Matcher href = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
    int links = 0;
    while (href.find()) {
      assertThat(href.group(1)).matches("#[a-z0-9-]+|https://github\\.com/seaworthy-dev/seaworthy(/[a-zA-Z0-9/._-]*)?");
      links++;
    }
    assertThat(links).isPositive();
  }

  // --- content ----------------------------------------------------------------------------------

  @Test
  void theGuidePageHasEverySection() throws Exception {
    String html = Files.readString(HtmlPages.guide());
    assertThat(html).contains("<title>Seaworthy report: grade ").contains("id=\"score\"").contains("id=\"chart-severity\"")
        .contains("id=\"chart-category\"").contains("id=\"checklist\"").contains("id=\"findings-table\"").contains("id=\"suppressed\"")
        .contains("id=\"input-errors\"");
    assertThat(count(html, "<details class=\"item\"")).isEqualTo(15);
    assertThat(html).contains("Test disaster recovery procedures").contains("What would prove it:");
    assertThat(count(html, "<tbody class=\"finding\"")).isEqualTo(count(html, "<tr class=\"detail\">")).isPositive();
    assertThat(html).contains("<pre class=\"snippet\">").contains("<span class=\"l hit\">").contains("<pre class=\"patch\">");
    assertThat(html).contains("locations are relative to <span class=\"mono\">../examples/eks-production/</span>");
    // the snippet of the PodSecurityPolicy's removed API shows its apiVersion line, flagged
    assertThat(html).containsPattern("<span class=\"l hit\"><span class=\"n\">2</span>apiVersion: policy/v1beta1</span>");
  }

  @Test
  void aFixIsAReadableJsonPatch() {
    dev.seaworthy.core.rule.Fix fix = dev.seaworthy.core.rule.Fix.of("Drop ALL",
        dev.seaworthy.core.rule.PatchOp.add("/spec/containers/0/securityContext", java.util.Map.of("capabilities", java.util.Map.of("drop", List.of("ALL")))),
        dev.seaworthy.core.rule.PatchOp.remove("/spec/hostNetwork"),
        dev.seaworthy.core.rule.PatchOp.replace("/metadata/annotations/token", "AKIAIOSFODNN7EXAMPLE"));
    assertThat(HtmlPage.patch(fix)).isEqualTo("""
        [
          {"op": "add", "path": "/spec/containers/0/securityContext", "value": {"capabilities": {"drop": ["ALL"]}}},
          {"op": "remove", "path": "/spec/hostNetwork"},
          {"op": "replace", "path": "/metadata/annotations/token", "value": "[REDACTED]"}
        ]""");
  }

  @Test
  void suppressedFindingsAndInputErrorsAreShownApart() throws Exception {
    Path file = dir.resolve("mixed.yaml");
    Files.writeString(file, ReportFixtures.MIXED + "---\nkind: [broken\n");
    LoadedInput input = new ManifestLoader().load(List.of(file.toString()));
    AuditReport report = ReportFixtures.engine().audit(input, ReportFixtures.config());
    String html = render(report, new ReportOptions("t", false, new ReportInput(input.resources(), report.rules())));
    String suppressed = between(html, "<section id=\"suppressed\">", "</section>");
    assertThat(suppressed).contains("privileged-container").contains("node debugging pod").contains("annotation <code>seaworthy.dev/ignore</code>");
    String errors = between(html, "<section id=\"input-errors\">", "</section>");
    assertThat(errors).contains(HtmlText.escape(file.toString()) + ":").contains("could not be read");
    assertThat(between(html, "<table class=\"findings\"", "</table>")).doesNotContain("node debugging pod");
    assertThat(html).contains("1 input could not be read");
  }

  @Test
  void anEmptyAuditAndAnAuditWithoutItsInputStillRender() throws Exception {
    String empty = render(ReportFixtures.empty(), ReportFixtures.OPTIONS);
    assertThat(empty).contains("no score (nothing was evaluated)").contains("Nothing was audited.").endsWith("</html>\n");
    assertThat(empty).contains("Not judged: this report was rendered without the audited objects.");
    String noInput = render(ReportFixtures.audit("a.yaml", ReportFixtures.MIXED), ReportFixtures.OPTIONS);
    assertThat(noInput).contains("id=\"findings-table\"").doesNotContain("<details class=\"item\"");
  }

  @Test
  void theOutputIsDeterministic() throws Exception {
    LoadedInput input = new ManifestLoader().load(List.of(Path.of("..", "examples", "eks-production").toString()));
    assertThat(HtmlPages.html(input)).isEqualTo(HtmlPages.html(input));
  }

  @Test
  void checklistHtmlIsTheSamePageWithTheChecklistFirst() throws Exception {
    LoadedInput input = new ManifestLoader().load(List.of(Path.of("..", "examples", "eks-production").toString()));
    AuditReport report = HtmlPages.audit(input);
    var checklist = Checklist.evaluate(report, input.resources(), new RuleRegistry(BuiltInRules.all()).metas());
    StringBuilder sb = new StringBuilder();
    ChecklistRenderers.find("html").orElseThrow().write(checklist, HtmlPages.options(input), sb);
    String html = sb.toString();
    assertThat(html).contains("<title>Seaworthy checklist: grade ").contains("<h1>EKS production checklist</h1>");
    assertThat(html.indexOf("<section id=\"checklist\">")).isLessThan(html.indexOf("<section id=\"findings\">"));
    assertThat(count(html, "<details class=\"item\"")).isEqualTo(15);
    assertThat(html).contains("data-status=\"fail\"");
  }

  // --- snippets ---------------------------------------------------------------------------------

  private List<Finding> findingsOf(Path... files) {
    List<String> paths = new ArrayList<>();
    for (Path f : files) {
      paths.add(f.toString());
    }
    LoadedInput input = new ManifestLoader().load(paths);
    return ReportFixtures.engine().audit(input, ReportFixtures.config()).findings();
  }

  private static Snippets snippets(Path... files) {
    List<String> paths = new ArrayList<>();
    for (Path f : files) {
      paths.add(f.toString());
    }
    LoadedInput input = new ManifestLoader().load(paths);
    AuditReport report = ReportFixtures.engine().audit(input, ReportFixtures.config());
    return new Snippets(report, new ReportInput(input.resources(), report.rules()));
  }

  private static String text(List<Snippets.Line> lines) {
    StringBuilder sb = new StringBuilder();
    lines.forEach(l -> sb.append(l.number()).append(l.flagged() ? "> " : ": ").append(l.text()).append('\n'));
    return sb.toString();
  }

  @Test
  void aSnippetIsTheFlaggedLineAndTwoAroundIt() throws Exception {
    Path file = dir.resolve("web.yaml");
    Files.writeString(file, ReportFixtures.MIXED);
    Finding privileged = findingsOf(file).stream().filter(f -> f.ruleId().equals("privileged-container")).findFirst().orElseThrow();
    assertThat(text(snippets(file).of(privileged))).isEqualTo("""
        11:           image: nginx
        12:           securityContext:
        13>             privileged: true
        """);
  }

  @Test
  void aSnippetNeverCrossesIntoTheNextDocumentOrObject() throws Exception {
    Path yaml = dir.resolve("deploy-and-secret.yaml");
    Files.writeString(yaml, """
        apiVersion: v1
        kind: Pod
        metadata: {name: p, labels: {team: a}}
        spec:
          containers:
            - {name: a, image: "x:1", securityContext: {privileged: true}}
        ---
        apiVersion: v1
        kind: Secret
        metadata: {name: s, labels: {team: a}}
        stringData: {password: hunter2}
        """);
    Finding f = findingsOf(yaml).get(0);
    assertThat(f.ruleId()).isEqualTo("privileged-container");
    assertThat(text(snippets(yaml).of(f))).isEqualTo("""
        4: spec:
        5:   containers:
        6>     - {name: a, image: "x:1", securityContext: {privileged: true}}
        """);

    Path list = dir.resolve("list.json");
    Files.writeString(list, """
        {"apiVersion": "v1", "kind": "List", "items": [
          {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "p", "labels": {"team": "a"}},
           "spec": {"containers": [{"name": "a", "image": "x:1", "securityContext": {"privileged": true}}]}},
          {"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "s", "labels": {"team": "a"}},
           "stringData": {"password": "hunter2"}}
        ]}
        """);
    Finding inList = findingsOf(list).get(0);
    String snippet = text(snippets(list).of(inList));
    assertThat(snippet).contains("privileged").doesNotContain("Secret").doesNotContain("hunter2").doesNotContain("\"items\"");
  }

  @Test
  void noSnippetFromStandardInputOrAnUnreadableFile() throws Exception {
    AuditReport stdin = ReportFixtures.auditStdin(ReportFixtures.MIXED);
    Snippets s = new Snippets(stdin, ReportInput.NONE);
    assertThat(stdin.findings()).isNotEmpty().allSatisfy(f -> assertThat(s.of(f)).isEmpty());
    String html = render(stdin, ReportFixtures.OPTIONS);
    assertThat(html).contains("No snippet: read from standard input.").doesNotContain("<pre class=\"snippet\">");

    AuditReport gone = ReportFixtures.audit(dir.resolve("gone.yaml").toString(), ReportFixtures.MIXED);
    assertThat(render(gone, ReportFixtures.OPTIONS)).contains("No snippet: the file could not be read when this report was written.");
  }

  @Test
  void secretsAndSecretRulesHaveNoSnippet() throws Exception {
    Path file = dir.resolve("secret.yaml");
    Files.writeString(file, """
        apiVersion: v1
        kind: Secret
        metadata:
          name: creds
        stringData:
          password: hunter2-prod
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: api, namespace: prod}
        spec:
          selector: {matchLabels: {app: api}}
          template:
            metadata: {labels: {app: api}}
            spec:
              containers:
                - name: api
                  image: api:1.4.2
                  env:
                    - name: DB_PASSWORD
                      value: hunter2-prod
        """);
    LoadedInput input = new ManifestLoader().load(List.of(file.toString()));
    String html = HtmlPages.html(input);
    assertThat(html).doesNotContain("hunter2");
    assertThat(html).contains("No snippet: the lines may hold a secret.");
  }

  @Test
  void credentialsInSnippetsAreMasked() {
    assertThat(Snippets.mask(List.of(
        "        - name: DB_PASSWORD",
        "          value: hunter2",
        "        - name: LOG_LEVEL",
        "          value: debug",
        "  password: \"s3cr3t\"",
        "  apiKey: abc123 # comment",
        "  tokenFile: /var/run/token",
        "  secretName: tls-cert",
        "  env: [{name: API_TOKEN, value: xyz}, {name: MODE, value: fast}]",
        "  aws: AKIAIOSFODNN7EXAMPLE",
        "  key: Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MEFCQ0RFRkdISUpLTE1OT1BRUlNUVVZXWFla",
        "  image: nginx@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
        "  auth: |",
        "    user:pass",
        "    more",
        "  next: 1",
        "  tls.key: -----BEGIN PRIVATE KEY-----",
        "    MIIEvQIBADANBgkqhkiG9w0BAQEFAASC",
        "    -----END PRIVATE KEY-----",
        "  after: ok"))).containsExactly(
        "        - name: DB_PASSWORD",
        "          value: [REDACTED]",
        "        - name: LOG_LEVEL",
        "          value: debug",
        "  password: [REDACTED]",
        "  apiKey: [REDACTED]# comment",
        "  tokenFile: /var/run/token",
        "  secretName: tls-cert",
        "  env: [{name: API_TOKEN, value: [REDACTED]}, {name: MODE, value: fast}]",
        "  aws: [REDACTED]",
        "  key: [REDACTED]",
        "  image: nginx@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
        "  auth: |",
        "    [REDACTED]",
        "    [REDACTED]",
        "  next: 1",
        "  [REDACTED]",
        "    [REDACTED]",
        "    [REDACTED]",
        "  after: ok");
  }

  @Test
  void longLinesAreCut() throws Exception {
    Path file = dir.resolve("long.yaml");
    Files.writeString(file, ReportFixtures.MIXED.replace("image: nginx", "image: nginx # " + "x".repeat(5000)));
    Finding privileged = findingsOf(file).stream().filter(f -> f.ruleId().equals("privileged-container")).findFirst().orElseThrow();
    List<Snippets.Line> lines = snippets(file).of(privileged);
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0).text()).hasSize(Snippets.MAX_LINE + 2).endsWith(" \u2026");
  }
}
