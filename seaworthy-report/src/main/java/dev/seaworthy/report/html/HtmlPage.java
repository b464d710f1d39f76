package dev.seaworthy.report.html;

import dev.seaworthy.core.engine.AuditReport;
import dev.seaworthy.core.engine.Finding;
import dev.seaworthy.core.engine.ResourceRef;
import dev.seaworthy.core.engine.RuleFailure;
import dev.seaworthy.core.engine.SuppressedFinding;
import dev.seaworthy.core.json.JsonWriter;
import dev.seaworthy.core.load.InputError;
import dev.seaworthy.core.load.Notice;
import dev.seaworthy.core.model.Position;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.core.rule.Fix;
import dev.seaworthy.core.rule.PatchOp;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.report.JsonReporter;
import dev.seaworthy.report.ReportOptions;
import dev.seaworthy.report.RuleDocs;
import dev.seaworthy.report.checklist.ChecklistReport;
import dev.seaworthy.report.checklist.ChecklistText;
import dev.seaworthy.report.checklist.ItemResult;
import dev.seaworthy.report.checklist.RuleResult;
import dev.seaworthy.report.checklist.Status;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The one self-contained HTML page behind {@code -o html} (audit) and {@code checklist -o html}:
 * score and grade, charts, the guide's checklist, the findings table (filterable and sortable, each
 * finding with its source snippet, remediation and fix), suppressed findings, input errors, notices,
 * and the JSON report embedded as data. Described in docs/output-formats.md.
 *
 * <p>Nothing is fetched: the stylesheet and the script are inline, the charts are inline SVG, and the
 * page's Content-Security-Policy ({@link #CSP}) is {@code default-src 'none'} with the inline style
 * and script allowed by their SHA-256 hashes only. Every value from the input is escaped by
 * {@link HtmlText}; the script reads the page through the DOM and never writes markup.
 */
public final class HtmlPage {

  /** Which report the page is: the audit, or the checklist (the same content, the checklist first). */
  public enum Mode {
    AUDIT,
    CHECKLIST
  }

  static final String CSS = resource("report.css");
  static final String JS = resource("report.js");

  /**
   * No fetch of any kind (default-src 'none' covers scripts, styles, images, fonts, connections,
   * frames, media, workers and manifests); the one inline stylesheet and the one inline script are
   * allowed by hash, so no other inline script or style (say, one smuggled in by input that escaped
   * escaping) would run; no base URL and no form submission.
   */
  public static final String CSP = "default-src 'none'; script-src 'sha256-" + sha256(JS) + "'; style-src 'sha256-" + sha256(CSS)
      + "'; base-uri 'none'; form-action 'none'";

  /** The id of the {@code <script type="application/json">} element holding the JSON report. */
  public static final String JSON_ID = "seaworthy-json";

  private static final int MAX_LISTED = 30;
  private static final Pattern RULE_ID = Pattern.compile("[a-z0-9][a-z0-9.-]*");
  private static final Map<Status, String> STATUS_MEANING = Map.of(
      Status.PASS, "proven by the input",
      Status.FAIL, "a problem found",
      Status.PARTIAL, "evidence incomplete",
      Status.MANUAL, "needs proof the input cannot give");

  private final AuditReport report;
  private final ChecklistReport checklist;
  private final ReportOptions options;
  private final Mode mode;
  private final Snippets snippets;
  private final Map<Finding, String> ids = new HashMap<>();
  private final StringBuilder sb = new StringBuilder(64 * 1024);
  /** The folder every finding's file is in, shown once in the table header; "" when none is shared. */
  private String prefix = "";

  private HtmlPage(AuditReport report, ChecklistReport checklist, ReportOptions options, Mode mode) {
    this.report = report;
    this.checklist = checklist;
    this.options = options;
    this.mode = mode;
    this.snippets = new Snippets(report, options.input());
    for (int i = 0; i < report.findings().size(); i++) {
      ids.putIfAbsent(report.findings().get(i), "f-" + (i + 1));
    }
  }

  /**
   * Writes the page.
   *
   * @param checklist the checklist judged from the same audit, or null when it could not be (the
   *     caller did not have the audited objects); the page then says so
   */
  public static void write(AuditReport report, ChecklistReport checklist, ReportOptions options, Mode mode, Appendable out)
      throws IOException {
    HtmlPage page = new HtmlPage(report, checklist, options, mode);
    page.page();
    out.append(page.sb);
  }

  private void page() {
    String title = (mode == Mode.CHECKLIST ? "Seaworthy checklist" : "Seaworthy report") + ": " + headline();
    sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    sb.append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">\n");
    sb.append("<meta name=\"referrer\" content=\"no-referrer\">\n");
    sb.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    sb.append("<meta name=\"generator\" content=\"Seaworthy ").append(HtmlText.escape(options.toolVersion())).append("\">\n");
    sb.append("<title>").append(HtmlText.escape(title)).append("</title>\n");
    sb.append("<style>").append(CSS).append("</style>\n");
    sb.append("<script>").append(JS).append("</script>\n");
    sb.append("</head>\n<body>\n");
    header();
    sb.append("<main class=\"wrap\">\n");
    summary();
    toc();
    if (mode == Mode.CHECKLIST) {
      checklist();
      findings();
    } else {
      findings();
      checklist();
    }
    suppressed();
    inputErrors();
    notices();
    ruleFailures();
    footer();
    sb.append("</main>\n");
    embeddedJson();
    sb.append("</body>\n</html>\n");
  }

  private String headline() {
    if (report.score().value().isEmpty()) {
      return "no score (nothing was evaluated)";
    }
    return "grade " + report.score().grade() + ", score " + report.score().value().getAsInt() + "/100";
  }

  private void header() {
    sb.append("<header class=\"top\"><div class=\"wrap\">\n");
    sb.append("<div class=\"brand\">Seaworthy</div>\n");
    sb.append("<h1>").append(mode == Mode.CHECKLIST ? "EKS production checklist" : "EKS production readiness report").append("</h1>\n");
    sb.append("<p class=\"meta\">");
    sb.append("<span>").append(plural(report.resourcesAudited(), "resource", "resources")).append(" in ")
        .append(plural(report.filesRead(), "file", "files")).append("</span>");
    sb.append("<span>Kubernetes ").append(HtmlText.escape(report.targetVersion().toString())).append("</span>");
    sb.append("<span>audited ").append(report.auditDate()).append("</span>");
    sb.append("<span>Seaworthy ").append(HtmlText.escape(options.toolVersion())).append("</span>");
    sb.append("</p>\n</div></header>\n");
  }

  private void summary() {
    Map<Severity, Long> counts = report.countsBySeverity();
    sb.append("<section class=\"grid summary\" id=\"summary\">\n");
    // score and grade
    sb.append("<div class=\"card scorecard\" id=\"score\" data-score=\"")
        .append(report.score().value().isPresent() ? String.valueOf(report.score().value().getAsInt()) : "")
        .append("\" data-grade=\"").append(HtmlText.escape(report.score().grade())).append("\">");
    sb.append(Charts.scoreRing(report.score()));
    sb.append("<div class=\"grade\">Grade<b>").append(HtmlText.escape(report.score().grade())).append("</b>");
    sb.append(report.score().value().isPresent() ? "score " + report.score().value().getAsInt() + "/100" : "nothing was evaluated");
    sb.append("<br><a href=\"").append(RuleDocs.HOME).append("/blob/main/docs/scoring.md\" rel=\"noopener noreferrer\">how it is computed</a>");
    sb.append("</div></div>\n");
    // counts
    sb.append("<div class=\"card\"><h3>Open findings</h3><div class=\"counts\">");
    for (Severity s : Charts.SEVERITIES) {
      long n = counts.get(s);
      sb.append("<div class=\"count sev-").append(s.lower()).append(n == 0 ? " zero" : "").append("\"><b>").append(n).append("</b><span>")
          .append(Charts.title(s)).append("</span></div>");
    }
    sb.append("</div><p class=\"subcounts\">");
    sb.append("<span>").append(plural(report.findings().size(), "open finding", "open findings")).append("</span>");
    sb.append("<span><a href=\"#suppressed\">").append(report.suppressed().size()).append(" suppressed</a></span>");
    if (checklist != null) {
      Map<Status, Long> c = checklist.counts();
      sb.append("<span><a href=\"#checklist\">checklist: ").append(c.get(Status.FAIL)).append(" fail, ").append(c.get(Status.PASS))
          .append(" pass</a></span>");
    }
    sb.append("</p>");
    if (!report.inputErrors().isEmpty()) {
      sb.append("<p class=\"subcounts warn\"><a href=\"#input-errors\">")
          .append(plural(report.inputErrors().size(), "input", "inputs"))
          .append(" could not be read</a>: everything else was audited, but this report is incomplete.</p>");
    }
    if (!report.ruleFailures().isEmpty()) {
      sb.append("<p class=\"subcounts warn\"><a href=\"#internal-errors\">")
          .append(plural(report.ruleFailures().size(), "internal error", "internal errors")).append("</a> (a bug in Seaworthy).</p>");
    }
    sb.append("</div>\n");
    sb.append("<div class=\"card\"><h3>By severity</h3>").append(Charts.bySeverity(counts)).append("</div>\n");
    sb.append("</section>\n");
    sb.append("<section class=\"grid charts\" id=\"charts\">\n");
    sb.append("<div class=\"card\"><h3>Open findings by category</h3>").append(Charts.byCategory(report.findings()));
    legend();
    sb.append("</div>\n");
    sb.append("<div class=\"card\"><h3>The guide's checklist</h3>");
    if (checklist == null) {
      sb.append("<p class=\"empty\">Not judged: this report was rendered without the audited objects.</p>");
    } else {
      statusTiles();
      sb.append("<div class=\"strip\">");
      for (ItemResult r : checklist.items()) {
        sb.append("<a class=\"st-").append(r.status().lower()).append("\" href=\"#item-").append(r.item().number()).append("\" title=\"")
            .append(r.item().number()).append(". ").append(HtmlText.escape(r.item().text())).append(": ").append(r.status().name()).append("\">")
            .append(r.item().number()).append("</a>");
      }
      sb.append("</div>");
      sb.append("<p class=\"muted\">The 15 items that close the guide \"AWS EKS in Production\", judged from the same input. ")
          .append("PASS is proven by the input, FAIL means a problem was found, PARTIAL that the evidence is incomplete, ")
          .append("MANUAL that proof must come from outside the manifests.</p>");
    }
    sb.append("</div>\n</section>\n");
  }

  private void legend() {
    sb.append("<div class=\"legend\">");
    for (Severity s : Charts.SEVERITIES) {
      sb.append("<span><i class=\"sev-").append(s.lower()).append("\"></i>").append(Charts.title(s)).append("</span>");
    }
    sb.append("</div>");
  }

  private void statusTiles() {
    Map<Status, Long> c = checklist.counts();
    sb.append("<div class=\"status-tiles\">");
    for (Status s : List.of(Status.FAIL, Status.PARTIAL, Status.PASS, Status.MANUAL)) {
      sb.append("<span class=\"tile st-").append(s.lower()).append("\" data-status=\"").append(s.lower()).append("\"><b>").append(c.get(s))
          .append("</b>").append(s.name()).append("</span>");
    }
    sb.append("</div>");
  }

  private void toc() {
    sb.append("<nav class=\"toc\" aria-label=\"Sections\">");
    List<String[]> links = new ArrayList<>();
    String checklistLink = "Checklist (15 items)";
    if (mode == Mode.CHECKLIST) {
      links.add(new String[] {"checklist", checklistLink});
    }
    links.add(new String[] {"findings", "Findings (" + report.findings().size() + ")"});
    if (mode == Mode.AUDIT) {
      links.add(new String[] {"checklist", checklistLink});
    }
    links.add(new String[] {"suppressed", "Suppressed (" + report.suppressed().size() + ")"});
    links.add(new String[] {"input-errors", "Input errors (" + report.inputErrors().size() + ")"});
    if (!report.notices().isEmpty()) {
      links.add(new String[] {"notices", "Notices (" + report.notices().size() + ")"});
    }
    if (!report.ruleFailures().isEmpty()) {
      links.add(new String[] {"internal-errors", "Internal errors (" + report.ruleFailures().size() + ")"});
    }
    for (String[] l : links) {
      sb.append("<a href=\"#").append(l[0]).append("\">").append(l[1]).append("</a>");
    }
    sb.append("</nav>\n");
  }

  // --- checklist ---------------------------------------------------------------------------------

  private void checklist() {
    sb.append("<section id=\"checklist\">\n<h2>The guide's production checklist</h2>\n");
    if (checklist == null) {
      sb.append("<p class=\"empty\">The checklist is judged from the audited objects, which this report was rendered without; ")
          .append("<code>seaworthy audit -o html</code> and <code>seaworthy checklist -o html</code> include it.</p>\n</section>\n");
      return;
    }
    if (!report.inputErrors().isEmpty()) {
      sb.append("<p class=\"warn\">").append(plural(report.inputErrors().size(), "input", "inputs"))
          .append(" could not be read: the checklist is judged without them.</p>\n");
    }
    sb.append("<div class=\"card checklist\">\n");
    for (ItemResult r : checklist.items()) {
      item(r);
    }
    sb.append("</div>\n");
    sb.append("<p class=\"muted\">");
    for (Status s : List.of(Status.PASS, Status.FAIL, Status.PARTIAL, Status.MANUAL)) {
      sb.append("<b>").append(s.name()).append("</b> ").append(STATUS_MEANING.get(s)).append(s == Status.MANUAL ? ". " : " \u00b7 ");
    }
    sb.append("Definitions: <a href=\"").append(RuleDocs.HOME).append("/blob/main/docs/checklist.md\" rel=\"noopener noreferrer\">docs/checklist.md</a>.</p>\n");
    sb.append("</section>\n");
  }

  private void item(ItemResult r) {
    sb.append("<details class=\"item\" id=\"item-").append(r.item().number()).append("\" data-status=\"").append(r.status().lower()).append("\">");
    sb.append("<summary><span class=\"num\">").append(r.item().number()).append("</span><span class=\"item-text\">")
        .append(HtmlText.escape(r.item().text())).append("</span><span><span class=\"badge st-").append(r.status().lower()).append("\">")
        .append(r.status().name()).append("</span></span><span class=\"why\">").append(HtmlText.text(r.reason())).append("</span></summary>\n");
    sb.append("<div class=\"item-body\">");
    sb.append("<p>").append(HtmlText.text(r.reason())).append("</p>");
    if (!r.findings().isEmpty()) {
      sb.append("<h4>Findings</h4>");
      findingList(r.findings());
    }
    if (!r.evidenceFindings().isEmpty()) {
      sb.append("<h4>Problems with the evidence itself (validity, API lifecycle)</h4>");
      findingList(r.evidenceFindings());
    }
    sb.append("<h4>Rules</h4>");
    if (r.rules().isEmpty()) {
      sb.append("<p class=\"muted\">None maps to this item yet.</p>");
    } else {
      sb.append("<ul>");
      for (RuleResult rule : r.rules()) {
        sb.append("<li>").append(ruleLink(rule.rule().id())).append(": ").append(HtmlText.escape(ChecklistText.ruleLine(rule))).append("</li>");
      }
      sb.append("</ul>");
    }
    if (!r.suppressed().isEmpty()) {
      sb.append("<h4>Suppressed (not counted)</h4><ul>");
      for (SuppressedFinding s : limit(r.suppressed())) {
        sb.append("<li>").append(findingLine(s.finding())).append(" <span class=\"muted\">(")
            .append(HtmlText.text(s.suppression().reason())).append(")</span></li>");
      }
      more(r.suppressed().size());
      sb.append("</ul>");
    }
    sb.append("<h4>Evidence in the input</h4>");
    if (r.evidence().isEmpty()) {
      sb.append("<p class=\"muted\">None.</p>");
    } else {
      sb.append("<ul>");
      for (ResourceRef ref : limit(r.evidence())) {
        sb.append("<li>").append(HtmlText.text(ref.display()));
        if (ref.position().isKnown()) {
          sb.append(" <span class=\"mono muted\">").append(HtmlText.text(ref.position().file())).append(':').append(ref.position().line())
              .append("</span>");
        }
        sb.append("</li>");
      }
      more(r.evidence().size());
      sb.append("</ul>");
    }
    if (!r.missing().isEmpty()) {
      sb.append("<h4>Missing</h4><ul>");
      for (String m : limit(r.missing())) {
        sb.append("<li>").append(HtmlText.text(m)).append("</li>");
      }
      more(r.missing().size());
      sb.append("</ul>");
    }
    if (!r.notes().isEmpty()) {
      sb.append("<h4>Notes</h4><ul>");
      for (String n : r.notes()) {
        sb.append("<li>").append(HtmlText.text(n)).append("</li>");
      }
      sb.append("</ul>");
    }
    if (r.status() != Status.PASS) {
      sb.append("<p class=\"proof\"><b>What would prove it:</b> ").append(HtmlText.prose(r.proof())).append("</p>");
    }
    sb.append("</div></details>\n");
  }

  private void findingList(List<Finding> findings) {
    sb.append("<ul>");
    for (Finding f : limit(findings)) {
      sb.append("<li>").append(findingLine(f)).append("</li>");
    }
    more(findings.size());
    sb.append("</ul>");
  }

  /** Severity, where, object, message and rule; a link to the finding in the table when it is there. */
  private String findingLine(Finding f) {
    StringBuilder s = new StringBuilder();
    s.append(badge(f.severity())).append(' ');
    String id = ids.get(f);
    String where = where(f);
    if (id != null) {
      s.append("<a class=\"mono\" href=\"#").append(id).append("\">").append(where).append("</a>");
    } else {
      s.append("<span class=\"mono\">").append(where).append("</span>");
    }
    s.append(' ').append(HtmlText.text(f.resource().display())).append(": ").append(HtmlText.text(f.message()))
        .append(" <span class=\"muted mono\">[").append(HtmlText.escape(f.ruleId())).append("]</span>");
    return s.toString();
  }

  private <T> List<T> limit(List<T> list) {
    return list.size() > MAX_LISTED ? list.subList(0, MAX_LISTED) : list;
  }

  private void more(int size) {
    if (size > MAX_LISTED) {
      sb.append("<li class=\"muted\">\u2026 and ").append(size - MAX_LISTED).append(" more (the findings table and the JSON report list all)</li>");
    }
  }

  // --- findings table ----------------------------------------------------------------------------

  private void findings() {
    List<Finding> findings = report.findings();
    sb.append("<section id=\"findings\">\n<h2>Findings</h2>\n");
    if (findings.isEmpty()) {
      sb.append("<p class=\"empty\">").append(report.resourcesAudited() == 0 ? "Nothing was audited." : "No open findings.").append("</p>\n");
      sb.append("</section>\n");
      return;
    }
    this.prefix = commonFolder(findings);
    filters(findings);
    sb.append("<div class=\"card table-card\">\n<table class=\"findings\" id=\"findings-table\">\n<thead><tr>");
    sb.append("<th class=\"tg\" scope=\"col\"><span class=\"muted\" aria-hidden=\"true\"></span></th>");
    header("severity", "Severity");
    header("rule", "Rule");
    header("object", "Object");
    header("location", "Location");
    header("message", "Finding");
    sb.append("</tr></thead>\n");
    for (Finding f : findings) {
      findingRows(f);
    }
    sb.append("<tbody id=\"f-nomatch\" class=\"nomatch\" hidden><tr><td colspan=\"6\">No finding matches these filters.</td></tr></tbody>\n");
    sb.append("</table>\n</div>\n</section>\n");
  }

  private void header(String key, String label) {
    sb.append("<th scope=\"col\" data-key=\"").append(key).append("\"><button type=\"button\" class=\"sort\">").append(label)
        .append("</button></th>");
  }

  private void filters(List<Finding> findings) {
    Map<Severity, Long> bySeverity = report.countsBySeverity();
    Map<Category, Long> byCategory = new java.util.EnumMap<>(Category.class);
    Map<String, Long> byRule = new java.util.TreeMap<>();
    for (Finding f : findings) {
      byCategory.merge(f.rule().category(), 1L, Long::sum);
      byRule.merge(f.ruleId(), 1L, Long::sum);
    }
    sb.append("<div class=\"filters\" role=\"search\">");
    sb.append("<select id=\"f-severity\" aria-label=\"Severity\"><option value=\"\">All severities</option>");
    for (Severity s : Charts.SEVERITIES) {
      if (bySeverity.get(s) > 0) {
        sb.append("<option value=\"").append(s.lower()).append("\">").append(Charts.title(s)).append(" (").append(bySeverity.get(s))
            .append(")</option>");
      }
    }
    sb.append("</select>");
    sb.append("<select id=\"f-category\" aria-label=\"Category\"><option value=\"\">All categories</option>");
    byCategory.forEach((c, n) -> sb.append("<option value=\"").append(c.id()).append("\">").append(HtmlText.escape(c.title())).append(" (")
        .append(n).append(")</option>"));
    sb.append("</select>");
    sb.append("<select id=\"f-rule\" aria-label=\"Rule\"><option value=\"\">All rules</option>");
    byRule.forEach((r, n) -> sb.append("<option value=\"").append(HtmlText.escape(r)).append("\">").append(HtmlText.escape(r)).append(" (")
        .append(n).append(")</option>"));
    sb.append("</select>");
    sb.append("<input type=\"search\" id=\"f-text\" placeholder=\"Filter: name, file, message\u2026\" aria-label=\"Filter text\" autocomplete=\"off\">");
    sb.append("<button type=\"button\" id=\"f-reset\">Reset</button>");
    sb.append("<button type=\"button\" id=\"f-expand\" aria-pressed=\"false\">Expand all</button>");
    sb.append("</div>\n<p class=\"tableinfo\"><span class=\"shown\" id=\"f-shown\" aria-live=\"polite\">")
        .append(plural(findings.size(), "finding", "findings")).append("</span>");
    if (!prefix.isEmpty()) {
      sb.append(" <span class=\"muted\">\u00b7 locations are relative to <span class=\"mono\">").append(HtmlText.text(prefix)).append("</span></span>");
    }
    sb.append(" <span class=\"muted\">\u00b7 click a row for the source, the remediation and the fix; click a column header to sort</span></p>\n");
  }

  private void findingRows(Finding f) {
    Position p = f.position();
    sb.append("<tbody class=\"finding\" id=\"").append(ids.get(f)).append("\" data-severity=\"").append(f.severity().lower())
        .append("\" data-rank=\"").append(f.severity().ordinal()).append("\" data-category=\"").append(f.rule().category().id())
        .append("\" data-rule=\"").append(HtmlText.escape(f.ruleId())).append("\" data-file=\"").append(HtmlText.text(p.file()))
        .append("\" data-line=\"").append(p.line()).append("\">\n");
    sb.append("<tr class=\"row\">");
    sb.append("<td class=\"tg\"><button type=\"button\" class=\"toggle\" aria-expanded=\"false\" aria-label=\"Details\"></button></td>");
    sb.append("<td class=\"severity\">").append(badge(f.severity())).append("</td>");
    sb.append("<td class=\"rule\"><span class=\"mono\">").append(HtmlText.escape(f.ruleId())).append("</span><br><span class=\"muted category\">")
        .append(HtmlText.escape(f.rule().category().title())).append("</span></td>");
    sb.append("<td class=\"object\">").append(breakable(HtmlText.text(f.resource().display())));
    if (!f.container().isEmpty()) {
      sb.append("<br><span class=\"muted\">container ").append(HtmlText.text(f.container())).append("</span>");
    }
    sb.append("</td>");
    sb.append("<td class=\"location mono\">").append(breakable(shortWhere(f))).append("</td>");
    sb.append("<td class=\"message\"><div class=\"clamp\">").append(HtmlText.text(f.message())).append("</div></td>");
    sb.append("</tr>\n");
    sb.append("<tr class=\"detail\"><td colspan=\"6\"><dl>");
    dt("Finding").append(HtmlText.text(f.message())).append("</dd>");
    dt("Rule").append("<span class=\"mono\">").append(HtmlText.escape(f.ruleId())).append("</span>: ").append(HtmlText.escape(f.rule().title()))
        .append(" \u00b7 ").append(ruleLink(f.ruleId(), "documentation")).append("</dd>");
    dt("Object").append(HtmlText.text(f.resource().display())).append(" <span class=\"muted\">")
        .append(HtmlText.text(f.resource().apiVersion())).append("</span>");
    if (!f.container().isEmpty()) {
      sb.append(", container ").append(HtmlText.text(f.container()));
    }
    sb.append("</dd>");
    dt("Where").append("<span class=\"mono\">").append(HtmlText.text(p.file().isEmpty() ? f.resource().display() : p.toString()))
        .append("</span></dd>");
    dt("Source");
    List<Snippets.Line> lines = snippets.of(f);
    if (lines.isEmpty()) {
      sb.append("<span class=\"muted\">").append(noSnippet(f)).append("</span>");
    } else {
      sb.append("<pre class=\"snippet\"><code>");
      for (Snippets.Line l : lines) {
        sb.append("<span class=\"l").append(l.flagged() ? " hit" : "").append("\"><span class=\"n\">").append(l.number())
            .append("</span>").append(HtmlText.escape(l.text())).append("</span>");
      }
      sb.append("</code></pre>");
    }
    sb.append("</dd>");
    dt("Why").append(HtmlText.prose(f.rule().description())).append("</dd>");
    dt("How to fix").append(HtmlText.prose(f.rule().remediation())).append("</dd>");
    if (!f.fixes().isEmpty()) {
      dt(f.fixes().size() == 1 ? "Fix" : "Fixes");
      for (Fix fix : f.fixes()) {
        sb.append("<div class=\"fix\"><p>").append(HtmlText.text(fix.description()))
            .append(" <span class=\"muted\">(JSON Patch on the object; <code>seaworthy fix</code> applies it)</span></p>")
            .append("<pre class=\"patch\"><code>").append(HtmlText.escape(patch(fix))).append("</code></pre></div>");
      }
      sb.append("</dd>");
    }
    if (!f.rule().checklist().isEmpty()) {
      dt("Guide checklist");
      List<String> items = new ArrayList<>();
      for (ChecklistItem item : f.rule().checklist()) {
        items.add("<a href=\"#item-" + item.number() + "\">" + item.number() + ". " + HtmlText.escape(item.text()) + "</a>");
      }
      sb.append(String.join("; ", items)).append("</dd>");
    }
    sb.append("</dl></td></tr>\n</tbody>\n");
  }

  private StringBuilder dt(String label) {
    return sb.append("<dt>").append(label).append("</dt><dd>");
  }

  private String noSnippet(Finding f) {
    Position p = f.position();
    if (p.file().isEmpty()) {
      return "No source file: a live object.";
    }
    if ("<stdin>".equals(p.file())) {
      return "No snippet: read from standard input.";
    }
    if (f.resource().kind().equalsIgnoreCase("Secret") || f.rule().category() == Category.SECRETS
        || f.rule().checklist().contains(ChecklistItem.SECRETS_MANAGEMENT)) {
      return "No snippet: the lines may hold a secret.";
    }
    return "No snippet: the file could not be read when this report was written.";
  }

  /**
   * The fix's operations as a JSON Patch document, one operation per line (short enough to read,
   * still a document {@code kubectl patch --type json} takes); string values redacted.
   */
  static String patch(Fix fix) {
    StringBuilder out = new StringBuilder("[\n");
    for (int i = 0; i < fix.ops().size(); i++) {
      PatchOp op = fix.ops().get(i);
      out.append("  {\"op\": \"").append(op.op().name().toLowerCase(Locale.ROOT)).append("\", \"path\": ").append(JsonWriter.quote(op.path()));
      if (op.op() != PatchOp.Op.REMOVE) {
        out.append(", \"value\": ");
        compact(redactData(op.value()), out);
      }
      out.append(i + 1 < fix.ops().size() ? "},\n" : "}\n");
    }
    return out.append("]").toString();
  }

  private static void compact(Object v, StringBuilder out) {
    if (v == null) {
      out.append("null");
    } else if (v instanceof String s) {
      out.append(JsonWriter.quote(s));
    } else if (v instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        out.append(i > 0 ? ", " : "");
        compact(list.get(i), out);
      }
      out.append(']');
    } else if (v instanceof Map<?, ?> map) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        out.append(first ? "" : ", ").append(JsonWriter.quote(String.valueOf(e.getKey()))).append(": ");
        compact(e.getValue(), out);
        first = false;
      }
      out.append('}');
    } else {
      out.append(v);
    }
  }

  private static Object redactData(Object v) {
    if (v instanceof String s) {
      return dev.seaworthy.report.Redactor.redact(s);
    }
    if (v instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      list.forEach(x -> out.add(redactData(x)));
      return out;
    }
    if (v instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, x) -> out.put(String.valueOf(k), redactData(x)));
      return out;
    }
    return v;
  }

  // --- suppressed, errors, notices ---------------------------------------------------------------

  private void suppressed() {
    sb.append("<section id=\"suppressed\">\n<h2>Suppressed findings</h2>\n");
    if (report.suppressed().isEmpty()) {
      sb.append("<p class=\"empty\">None.</p>\n</section>\n");
      return;
    }
    sb.append("<p class=\"muted\">Not counted in the score or the exit code; listed so that every suppression stays visible and reviewed.</p>\n");
    sb.append("<div class=\"card table-card\"><table class=\"suppressed\" id=\"suppressed-table\"><thead><tr>")
        .append("<th>Severity</th><th>Rule</th><th>Object</th><th>Location</th><th>Finding</th><th>Suppressed by</th><th>Reason</th>")
        .append("</tr></thead><tbody>\n");
    for (SuppressedFinding s : report.suppressed()) {
      Finding f = s.finding();
      sb.append("<tr><td>").append(badge(f.severity())).append("</td><td class=\"mono\">").append(HtmlText.escape(f.ruleId()))
          .append("</td><td>").append(HtmlText.text(f.resource().display())).append("</td><td class=\"mono\">").append(where(f))
          .append("</td><td>").append(HtmlText.text(f.message())).append("</td><td>").append(source(s)).append("</td><td>")
          .append(HtmlText.text(s.suppression().reason())).append("</td></tr>\n");
    }
    sb.append("</tbody></table></div>\n</section>\n");
  }

  private static String source(SuppressedFinding s) {
    return switch (s.suppression().source()) {
      case ANNOTATION -> "annotation <code>seaworthy.dev/ignore</code>";
      case CONFIG -> "exemption in .seaworthy.yaml";
      case BUILT_IN -> "built-in exemption";
    };
  }

  private void inputErrors() {
    sb.append("<section id=\"input-errors\">\n<h2>Input errors</h2>\n");
    if (report.inputErrors().isEmpty()) {
      sb.append("<p class=\"empty\">None: every input was read.</p>\n</section>\n");
      return;
    }
    sb.append("<p class=\"warn\">These documents could not be read and were not audited; everything else was.</p>\n");
    sb.append("<div class=\"card table-card\"><table class=\"errors\" id=\"input-errors-table\"><thead><tr><th>Location</th><th>Reason</th>")
        .append("</tr></thead><tbody>\n");
    for (InputError e : report.inputErrors()) {
      sb.append("<tr><td class=\"mono\">").append(location(e.position())).append("</td><td>").append(HtmlText.text(e.reason()))
          .append("</td></tr>\n");
    }
    sb.append("</tbody></table></div>\n</section>\n");
  }

  private void notices() {
    if (report.notices().isEmpty()) {
      return;
    }
    sb.append("<section id=\"notices\">\n<h2>Notices</h2>\n<div class=\"card\"><ul>\n");
    for (Notice n : report.notices()) {
      sb.append("<li><span class=\"mono\">").append(location(n.position())).append("</span> ").append(HtmlText.text(n.message()))
          .append("</li>\n");
    }
    sb.append("</ul></div>\n</section>\n");
  }

  private void ruleFailures() {
    if (report.ruleFailures().isEmpty()) {
      return;
    }
    sb.append("<section id=\"internal-errors\">\n<h2>Internal errors</h2>\n")
        .append("<p class=\"warn\">A rule failed on these objects: a bug in Seaworthy, not in the manifests. Please report it.</p>\n")
        .append("<div class=\"card\"><ul>\n");
    for (RuleFailure f : report.ruleFailures()) {
      sb.append("<li><span class=\"mono\">").append(HtmlText.escape(f.ruleId())).append("</span> on ").append(HtmlText.text(f.resource().display()))
          .append(": ").append(HtmlText.text(f.error())).append("</li>\n");
    }
    sb.append("</ul></div>\n</section>\n");
  }

  private void footer() {
    TreeSet<String> files = new TreeSet<>();
    report.findings().forEach(f -> files.add(f.position().file()));
    sb.append("<footer>Generated by <a href=\"").append(RuleDocs.HOME).append("\" rel=\"noopener noreferrer\">Seaworthy</a> ")
        .append(HtmlText.escape(options.toolVersion())).append(" on the audit of ").append(report.auditDate())
        .append(". A self-contained page: it loads nothing from the network. The complete JSON report is embedded in it ")
        .append("(<code>script#").append(JSON_ID).append("</code>).</footer>\n");
  }

  private void embeddedJson() {
    StringBuilder json = new StringBuilder();
    try {
      new JsonReporter().write(report, options, json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    sb.append("<script type=\"application/json\" id=\"").append(JSON_ID).append("\">").append(HtmlText.scriptJson(json.toString()))
        .append("</script>\n");
  }

  // --- small pieces -------------------------------------------------------------------------------

  private static String badge(Severity s) {
    return "<span class=\"badge sev-" + s.lower() + "\">" + s.name() + "</span>";
  }

  private static String where(Finding f) {
    Position p = f.position();
    if (p.file().isEmpty()) {
      return HtmlText.text(f.resource().display());
    }
    return p.isKnown() ? HtmlText.text(p.file()) + ":" + p.line() : HtmlText.text(p.file());
  }

  /** The finding's file relative to the table's common folder, and its line. */
  private String shortWhere(Finding f) {
    Position p = f.position();
    if (p.file().isEmpty()) {
      return HtmlText.text(f.resource().display());
    }
    String file = p.file().startsWith(prefix) ? p.file().substring(prefix.length()) : p.file();
    return p.isKnown() ? HtmlText.text(file) + ":" + p.line() : HtmlText.text(file);
  }

  /** The longest folder (ending in a separator) that holds every finding's file; "" when there is none. */
  static String commonFolder(List<Finding> findings) {
    String common = null;
    for (Finding f : findings) {
      String file = f.position().file();
      if (file.isEmpty() || file.equals("<stdin>")) {
        return "";
      }
      int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
      String folder = slash < 0 ? "" : file.substring(0, slash + 1);
      if (common == null) {
        common = folder;
      } else {
        int n = 0;
        int max = Math.min(common.length(), folder.length());
        while (n < max && common.charAt(n) == folder.charAt(n)) {
          n++;
        }
        String shared = common.substring(0, n);
        int cut = Math.max(shared.lastIndexOf('/'), shared.lastIndexOf('\\'));
        common = cut < 0 ? "" : shared.substring(0, cut + 1);
      }
      if (common.isEmpty()) {
        return "";
      }
    }
    return common == null ? "" : common;
  }

  /** Escaped text with a line-break opportunity after each slash (paths and Kind/namespace/name). */
  private static String breakable(String escaped) {
    return escaped.replace("/", "/<wbr>");
  }

  private static String location(Position p) {
    return p.isKnown() ? HtmlText.text(p.file()) + ":" + p.line() : HtmlText.text(p.file());
  }

  private static String ruleLink(String ruleId) {
    return ruleLink(ruleId, null);
  }

  /** A link to the rule's documentation; only for ids of the documented shape, so nothing else becomes an address. */
  private static String ruleLink(String ruleId, String label) {
    String text = label == null ? "<span class=\"mono\">" + HtmlText.escape(ruleId) + "</span>" : HtmlText.escape(label);
    if (!RULE_ID.matcher(ruleId).matches()) {
      return text;
    }
    return "<a href=\"" + HtmlText.escape(RuleDocs.url(ruleId)) + "\" rel=\"noopener noreferrer\">" + text + "</a>";
  }

  private static String plural(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  private static String resource(String name) {
    try (InputStream in = HtmlPage.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String sha256(String s) {
    try {
      return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
