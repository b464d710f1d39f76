package dev.seaworthy.report.sarif;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import dev.seaworthy.core.engine.AuditReport;
import dev.seaworthy.report.ReportFixtures;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

class SarifReporterTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static List<Error> validate(String sarif) {
    return SarifSchema.validate(sarif);
  }

  private static String sarif(AuditReport report) throws IOException {
    StringBuilder sb = new StringBuilder();
    new SarifReporter().write(report, ReportFixtures.OPTIONS, sb);
    return sb.toString();
  }

  /** Renders, checks the document against the official schema, and returns it parsed. */
  private static JsonNode valid(AuditReport report) throws IOException {
    String text = sarif(report);
    assertThat(validate(text)).as(text).isEmpty();
    return JSON.readTree(text);
  }

  private static JsonNode run(JsonNode doc) {
    return doc.get("runs").get(0);
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.at(field).asString()));
    return out;
  }

  @Test
  void theValidatorRejectsADocumentThatBreaksTheSchema() {
    // guards against a validator that passes everything
    assertThat(validate("{\"version\": \"2.1.0\", \"runs\": [{\"tool\": {\"driver\": {}}}]}")).isNotEmpty();
    assertThat(validate("{\"version\": \"2.1.0\", \"runs\": [{\"tool\": {\"driver\": {\"name\": \"x\"}}, \"results\": "
        + "[{\"message\": {\"text\": \"m\"}, \"level\": \"fatal\"}]}]}")).isNotEmpty();
    assertThat(validate("{\"version\": \"2.1.0\", \"runs\": [{\"tool\": {\"driver\": {\"name\": \"x\"}}, \"results\": "
        + "[{\"message\": {\"text\": \"m\"}, \"locations\": [{\"physicalLocation\": {\"artifactLocation\": {\"uri\": \"a b<c>\"}}}]}]}]}"))
        .as("format assertions are on: an invalid URI fails").isNotEmpty();
  }

  @Test
  void findingsAreResultsWithRealFileLineAndColumn() throws IOException {
    JsonNode doc = valid(ReportFixtures.audit("k8s/app.yaml", ReportFixtures.MIXED));
    assertThat(doc.get("version").asString()).isEqualTo("2.1.0");
    assertThat(doc.get("$schema").asString()).isEqualTo(SarifReporter.SCHEMA_URI);
    JsonNode run = run(doc);
    assertThat(run.at("/tool/driver/name").asString()).isEqualTo("Seaworthy");
    assertThat(run.at("/tool/driver/version").asString()).isEqualTo("0.1.0-test");
    assertThat(run.get("columnKind").asString()).isEqualTo("unicodeCodePoints");

    JsonNode results = run.get("results");
    JsonNode privileged = null;
    for (JsonNode r : results) {
      if (r.get("ruleId").asString().equals("privileged-container") && !r.has("suppressions")) {
        privileged = r;
      }
    }
    assertThat(privileged).isNotNull();
    assertThat(privileged.get("level").asString()).isEqualTo("error");
    assertThat(privileged.at("/message/text").asString()).isEqualTo("container \"app\" runs privileged");
    JsonNode location = privileged.at("/locations/0");
    assertThat(location.at("/physicalLocation/artifactLocation/uri").asString()).isEqualTo("k8s/app.yaml");
    assertThat(location.at("/physicalLocation/region/startLine").asInt()).isEqualTo(13);
    assertThat(location.at("/physicalLocation/region/startColumn").asInt()).isEqualTo(13);
    assertThat(location.at("/logicalLocations/0/fullyQualifiedName").asString()).isEqualTo("Deployment/prod/web");
    assertThat(location.at("/logicalLocations/0/name").asString()).isEqualTo("web");
    assertThat(privileged.at("/partialFingerprints/seaworthy~1v1").asString()).matches("[0-9a-f]{32}");
    assertThat(privileged.at("/properties/container").asString()).isEqualTo("app");
    assertThat(privileged.at("/properties/fixes/0/patch/0/op").asString()).isEqualTo("replace");
    assertThat(privileged.at("/properties/fixes/0/patch/0/path").asString()).isEqualTo("/spec/template/spec/containers/0/securityContext/privileged");
    assertThat(privileged.at("/properties/fixes/0/patch/0/value").asBoolean()).isFalse();

    int index = privileged.get("ruleIndex").asInt();
    assertThat(run.at("/tool/driver/rules/" + index + "/id").asString()).isEqualTo("privileged-container");
    for (JsonNode r : results) {
      assertThat(run.at("/tool/driver/rules/" + r.get("ruleIndex").asInt() + "/id").asString()).isEqualTo(r.get("ruleId").asString());
    }
  }

  @Test
  void oneRuleDescriptorPerActiveRuleWithHelpLevelTagsAndSecuritySeverity() throws IOException {
    JsonNode rules = run(valid(ReportFixtures.audit("app.yaml", ReportFixtures.MIXED))).at("/tool/driver/rules");
    assertThat(texts(rules, "/id")).containsExactly("explodes", "mutable-tag", "privileged-container", "team-label-missing");
    assertThat(texts(rules, "/name")).containsExactly("Explodes", "MutableTag", "PrivilegedContainer", "TeamLabelMissing");

    JsonNode privileged = rules.get(2);
    assertThat(privileged.at("/shortDescription/text").asString()).isEqualTo("Container runs privileged");
    assertThat(privileged.at("/fullDescription/text").asString()).startsWith("A privileged container has every capability");
    assertThat(privileged.at("/help/text").asString()).contains("Set securityContext.privileged to false.").contains("image: x");
    assertThat(privileged.at("/help/markdown").asString()).contains("```yaml").contains("[Rule documentation](");
    assertThat(privileged.at("/helpUri").asString())
        .isEqualTo("https://github.com/seaworthy-dev/seaworthy/blob/main/docs/rules/privileged-container.md");
    assertThat(privileged.at("/defaultConfiguration/level").asString()).isEqualTo("error");
    assertThat(texts(privileged.at("/properties/tags"), "")).containsExactly("security", "checklist:13");
    assertThat(privileged.at("/properties/security-severity").asString()).isEqualTo("9.5");

    JsonNode mutable = rules.get(1);
    assertThat(mutable.at("/defaultConfiguration/level").asString()).isEqualTo("warning");
    assertThat(texts(mutable.at("/properties/tags"), "")).containsExactly("images", "security");
    assertThat(mutable.at("/properties/security-severity").asString()).isEqualTo("5.0");

    JsonNode team = rules.get(3);
    assertThat(team.at("/defaultConfiguration/level").asString()).isEqualTo("note");
    assertThat(texts(team.at("/properties/tags"), "")).containsExactly("observability", "checklist:11", "checklist:15");
    assertThat(team.at("/properties").has("security-severity")).as("not a security category").isFalse();

    assertThat(rules.get(0).at("/defaultConfiguration/level").asString()).as("info").isEqualTo("note");
  }

  @Test
  void suppressedFindingsAreResultsWithSuppressions() throws IOException {
    JsonNode results = run(valid(ReportFixtures.auditWithExemption("app.yaml", ReportFixtures.MIXED))).get("results");
    List<JsonNode> suppressed = new ArrayList<>();
    results.forEach(r -> {
      if (r.has("suppressions")) {
        suppressed.add(r);
      }
    });
    assertThat(suppressed).hasSize(2);
    JsonNode byAnnotation = suppressed.stream().filter(r -> r.get("ruleId").asString().equals("privileged-container")).findFirst().orElseThrow();
    assertThat(byAnnotation.at("/suppressions/0/kind").asString()).isEqualTo("inSource");
    assertThat(byAnnotation.at("/suppressions/0/status").asString()).isEqualTo("accepted");
    assertThat(byAnnotation.at("/suppressions/0/justification").asString()).isEqualTo("node debugging pod");
    assertThat(byAnnotation.at("/locations/0/logicalLocations/0/fullyQualifiedName").asString()).isEqualTo("Pod/debug");
    JsonNode byConfig = suppressed.stream().filter(r -> r.get("ruleId").asString().equals("team-label-missing")).findFirst().orElseThrow();
    assertThat(byConfig.at("/suppressions/0/kind").asString()).isEqualTo("external");
    assertThat(byConfig.at("/suppressions/0/justification").asString()).isEqualTo("labels come from the namespace");
    assertThat(byConfig.at("/suppressions/0/properties/source").asString()).isEqualTo("config");
  }

  @Test
  void inputErrorsAreErrorNotificationsWithTheirLocation() throws IOException {
    AuditReport report = ReportFixtures.auditFiles(
        "good.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ok}\n",
        "bad.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  name: b\n");
    assertThat(report.inputErrors()).isNotEmpty();
    JsonNode invocation = run(valid(report)).at("/invocations/0");
    assertThat(invocation.get("executionSuccessful").asBoolean()).isTrue();
    JsonNode note = invocation.at("/toolExecutionNotifications/0");
    assertThat(note.get("level").asString()).isEqualTo("error");
    assertThat(note.at("/message/text").asString()).contains("duplicate key");
    assertThat(note.at("/locations/0/physicalLocation/artifactLocation/uri").asString()).isEqualTo("bad.yaml");
    assertThat(note.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(5);
    assertThat(note.at("/descriptor/id").asString()).isEqualTo("input-error");
  }

  @Test
  void ruleFailuresMakeTheExecutionUnsuccessful() throws IOException {
    JsonNode invocation = run(valid(ReportFixtures.audit("boom.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: boom, labels: {team: a}}\n")))
        .at("/invocations/0");
    assertThat(invocation.get("executionSuccessful").asBoolean()).isFalse();
    JsonNode note = invocation.at("/toolExecutionNotifications/0");
    assertThat(note.at("/descriptor/id").asString()).isEqualTo("rule-failure");
    assertThat(note.at("/associatedRule/id").asString()).isEqualTo("explodes");
    assertThat(note.at("/message/text").asString()).contains("cannot handle boom");
  }

  @Test
  void standardInputHasUriStdinAndNoRegion() throws IOException {
    JsonNode results = run(valid(ReportFixtures.auditStdin(ReportFixtures.MIXED))).get("results");
    assertThat(results.size()).isPositive();
    for (JsonNode r : results) {
      assertThat(r.at("/locations/0/physicalLocation/artifactLocation/uri").asString()).isEqualTo("stdin");
      assertThat(r.at("/locations/0/physicalLocation").has("region")).isFalse();
      assertThat(r.at("/properties/stdinLine").asInt()).isPositive();
    }
  }

  @Test
  void anEmptyAuditIsAValidDocument() throws IOException {
    JsonNode run = run(valid(ReportFixtures.empty()));
    assertThat(run.get("results").size()).isZero();
    assertThat(run.at("/properties/grade").asString()).isEqualTo("N/A");
    assertThat(run.at("/properties/score").isNull()).isTrue();
  }

  @Test
  void fingerprintsDoNotMoveWhenLinesAreInsertedAbove() throws IOException {
    JsonNode before = run(valid(ReportFixtures.audit("app.yaml", ReportFixtures.MIXED))).get("results");
    JsonNode after = run(valid(ReportFixtures.audit("app.yaml", "\n# a comment\n\n" + ReportFixtures.MIXED.replace("kind: ConfigMap", "kind: ConfigMap\n\n")))).get("results");
    assertThat(after.size()).isEqualTo(before.size());
    assertThat(texts(after, "/partialFingerprints/seaworthy~1v1")).isEqualTo(texts(before, "/partialFingerprints/seaworthy~1v1"));
    assertThat(texts(after, "/locations/0/physicalLocation/region/startLine"))
        .as("the lines did move").isNotEqualTo(texts(before, "/locations/0/physicalLocation/region/startLine"));
    // distinct findings have distinct fingerprints
    assertThat(texts(before, "/partialFingerprints/seaworthy~1v1")).doesNotHaveDuplicates();
  }

  @Test
  void identicalFindingsGetDistinctFingerprintsInOrder() throws IOException {
    String twice = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: same}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: same}\n";
    List<String> prints = texts(run(valid(ReportFixtures.audit("dup.yaml", twice))).get("results"), "/partialFingerprints/seaworthy~1v1");
    assertThat(prints).hasSize(2);
    assertThat(prints.get(1)).isEqualTo(prints.get(0) + ":2");
  }

  @Test
  void pathsBecomeValidRelativeUrisOrFileUris() {
    assertThat(SarifReporter.artifactUri("k8s/app.yaml")).isEqualTo("k8s/app.yaml");
    assertThat(SarifReporter.artifactUri("./k8s/app.yaml")).isEqualTo("k8s/app.yaml");
    assertThat(SarifReporter.artifactUri("k8s\\win\\app.yaml")).isEqualTo("k8s/win/app.yaml");
    assertThat(SarifReporter.artifactUri("my dir/a#b%c.yaml")).isEqualTo("my%20dir/a%23b%25c.yaml");
    assertThat(SarifReporter.artifactUri("café/x:y.yaml")).isEqualTo("caf%C3%A9/x%3Ay.yaml");
    assertThat(SarifReporter.artifactUri("/home/me/k8s/app.yaml")).isEqualTo("file:///home/me/k8s/app.yaml");
    assertThat(SarifReporter.artifactUri("C:\\work\\app.yaml")).isEqualTo("file:///C:/work/app.yaml");
    assertThat(SarifReporter.artifactUri("<stdin>")).isEqualTo("stdin");
  }

  @Test
  void hostileNamesStayValidAndCredentialsAreRedacted() throws IOException {
    String hostile = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: "x\\"<script>alert(1)</script>\\u0001"
          namespace: "AKIAABCDEFGHIJKLMNOP"
        spec:
          containers:
            - name: "ghp_abcdefghijklmnopqrstuvwxyz0123456789"
              image: busybox
              securityContext: {privileged: true}
        """;
    String text = sarif(ReportFixtures.audit("weird dir/pod #1.yaml", hostile));
    assertThat(validate(text)).as(text).isEmpty();
    assertThat(text).doesNotContain("AKIAABCDEFGHIJKLMNOP").doesNotContain("ghp_abcdefghij").contains("[REDACTED]");
    JsonNode result = run(JSON.readTree(text)).at("/results/0");
    assertThat(result.at("/locations/0/logicalLocations/0/name").asString()).isEqualTo("x\"<script>alert(1)</script>\u0001");
    assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asString()).isEqualTo("weird%20dir/pod%20%231.yaml");
  }

  @Test
  void effectiveSeverityFromConfigurationIsTheRulesLevel() throws IOException {
    // findings carry the effective severity; the descriptor follows it so GitHub sorts by what the user configured
    AuditReport report = ReportFixtures.audit("app.yaml", ReportFixtures.MIXED);
    JsonNode run = run(valid(report));
    for (JsonNode r : run.get("results")) {
      String level = r.get("level").asString();
      assertThat(run.at("/tool/driver/rules/" + r.get("ruleIndex").asInt() + "/defaultConfiguration/level").asString()).isEqualTo(level);
    }
  }
}
