package dev.seaworthy.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.config.AuditConfig;
import dev.seaworthy.core.engine.AuditEngine;
import dev.seaworthy.core.engine.AuditReport;
import dev.seaworthy.core.engine.RuleStats;
import dev.seaworthy.core.load.ManifestLoader;
import dev.seaworthy.core.rule.RuleRegistry;
import dev.seaworthy.report.markdown.MarkdownReporter;
import dev.seaworthy.report.sarif.SarifSchema;
import dev.seaworthy.rules.BuiltInRules;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The bundled examples rendered in every format with the real rule catalog. */
class ExamplesReportTest {

  private static AuditReport audit(String example) {
    String path = Path.of("..", "examples", example).toString();
    return new AuditEngine(new RuleRegistry(BuiltInRules.all()))
        // the examples describe a 1.35 cluster: judge them at the default target of the audit date
        .audit(new ManifestLoader().load(List.of(path)), AuditConfig.defaults().withAuditDate(ReportFixtures.DATE).withThreads(1));
  }

  private static String render(String format, AuditReport report) throws Exception {
    StringBuilder sb = new StringBuilder();
    Reporters.find(format).orElseThrow().write(report, ReportFixtures.OPTIONS, sb);
    return sb.toString();
  }

  @ParameterizedTest
  @ValueSource(strings = {"eks-production", "eks-production-fixed"})
  void sarifOfTheExamplesIsValid(String example) throws Exception {
    AuditReport report = audit(example);
    String sarif = render("sarif", report);
    assertThat(SarifSchema.validate(sarif)).as(sarif).isEmpty();
    JsonNode run = new ObjectMapper().readTree(sarif).get("runs").get(0);
    assertThat(run.at("/tool/driver/rules").size()).isEqualTo(report.rules().size());
    assertThat(run.get("results").size()).isEqualTo(report.findings().size() + report.suppressed().size());
    for (JsonNode rule : run.at("/tool/driver/rules")) {
      assertThat(rule.get("helpUri").asString()).endsWith("/docs/rules/" + rule.get("id").asString() + ".md");
      assertThat(rule.at("/help/text").asString()).isNotBlank();
    }
    for (JsonNode result : run.get("results")) {
      assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asString()).startsWith("../examples/" + example + "/");
      assertThat(result.at("/locations/0/physicalLocation/region/startLine").asInt()).isPositive();
    }
  }

  @Test
  void theGuideHasFindingsAndTheFixedSetupNone() {
    assertThat(audit("eks-production").findings()).isNotEmpty();
    assertThat(audit("eks-production-fixed").findings()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"eks-production", "eks-production-fixed"})
  void junitOfTheExamplesCountsWhatTheEngineCounted(String example) throws Exception {
    AuditReport report = audit(example);
    String xml = render("junit", report);
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    long evaluated = report.ruleStats().stream().mapToLong(RuleStats::evaluated).sum();
    long failed = report.ruleStats().stream().mapToLong(RuleStats::failed).sum();
    Element root = doc.getDocumentElement();
    assertThat(Long.parseLong(root.getAttribute("tests"))).isEqualTo(evaluated).isPositive();
    assertThat(Long.parseLong(root.getAttribute("failures"))).isEqualTo(failed);
    NodeList cases = root.getElementsByTagName("testcase");
    assertThat((long) cases.getLength()).isEqualTo(evaluated);
  }

  @Test
  void markdownOfTheGuideFitsInAComment() throws Exception {
    String md = render("markdown", audit("eks-production"));
    assertThat(md.length()).isLessThanOrEqualTo(MarkdownReporter.MAX_CHARS);
    assertThat(md).contains("### Top findings").contains("<details>");
  }
}
