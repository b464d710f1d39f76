package dev.seaworthy.report.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.engine.AuditReport;
import dev.seaworthy.core.engine.RuleStats;
import dev.seaworthy.report.ReportFixtures;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JUnitReporterTest {

  private static String xml(AuditReport report) throws Exception {
    StringBuilder sb = new StringBuilder();
    new JUnitReporter().write(report, ReportFixtures.OPTIONS, sb);
    return sb.toString();
  }

  /** Parses with the JDK's XML parser: anything malformed throws. */
  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    DocumentBuilder b = f.newDocumentBuilder();
    b.setErrorHandler(null);
    return b.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Element> elements(Element parent, String tag) {
    NodeList nodes = parent.getElementsByTagName(tag);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add((Element) nodes.item(i));
    }
    return out;
  }

  private static Element suite(Document doc, String name) {
    return elements(doc.getDocumentElement(), "testsuite").stream()
        .filter(s -> s.getAttribute("name").equals(name)).findFirst().orElseThrow(() -> new AssertionError("no suite " + name));
  }

  private static Element testCase(Element suite, String namePrefix) {
    return elements(suite, "testcase").stream()
        .filter(c -> c.getAttribute("name").startsWith(namePrefix)).findFirst().orElseThrow(() -> new AssertionError("no case " + namePrefix));
  }

  private static int count(Element e, String attribute) {
    return Integer.parseInt(e.getAttribute(attribute));
  }

  @Test
  void oneSuitePerRuleOneCasePerEvaluatedResource() throws Exception {
    AuditReport report = ReportFixtures.audit("k8s/app.yaml", ReportFixtures.MIXED);
    Document doc = parse(xml(report));
    Element root = doc.getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("testsuites");
    assertThat(elements(root, "testsuite")).extracting(s -> s.getAttribute("name"))
        .containsExactly("explodes", "mutable-tag", "privileged-container", "team-label-missing");

    Element privileged = suite(doc, "privileged-container");
    assertThat(elements(privileged, "testcase")).extracting(c -> c.getAttribute("name"))
        .containsExactly("Deployment/prod/web in k8s/app.yaml", "Pod/debug in k8s/app.yaml");
    Element failing = testCase(privileged, "Deployment/prod/web");
    assertThat(failing.getAttribute("classname")).isEqualTo("privileged-container");
    assertThat(failing.getAttribute("file")).isEqualTo("k8s/app.yaml");
    assertThat(failing.getAttribute("line")).isEqualTo("13");
    Element failure = elements(failing, "failure").get(0);
    assertThat(failure.getAttribute("message")).isEqualTo("container \"app\" runs privileged");
    assertThat(failure.getAttribute("type")).isEqualTo("CRITICAL");
    assertThat(failure.getTextContent())
        .contains("CRITICAL k8s/app.yaml:13:13 container \"app\" runs privileged")
        .contains("fix: Set privileged to false")
        .contains("How to fix: Set securityContext.privileged to false.")
        .contains("docs/rules/privileged-container.md");

    Element skipped = testCase(privileged, "Pod/debug");
    assertThat(elements(skipped, "skipped").get(0).getAttribute("message")).isEqualTo("suppressed: node debugging pod");
    assertThat(elements(skipped, "failure")).isEmpty();

    Element team = suite(doc, "team-label-missing");
    assertThat(elements(team, "testcase")).hasSize(3);
    assertThat(elements(testCase(team, "ConfigMap/settings"), "failure")).as("a passing case").isEmpty();
    assertThat(testCase(team, "ConfigMap/settings").getChildNodes().getLength()).isZero();
    assertThat(suite(doc, "team-label-missing").getElementsByTagName("property").getLength()).isEqualTo(4);
  }

  @Test
  void countsAreHonestAndAgreeWithRuleStatistics() throws Exception {
    AuditReport report = ReportFixtures.auditFiles(
        "a.yaml", ReportFixtures.MIXED,
        "b.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: boom}\n",
        "c.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  name: y\n");
    Document doc = parse(xml(report));
    int tests = 0;
    int failures = 0;
    int errors = 0;
    int skipped = 0;
    for (Element s : elements(doc.getDocumentElement(), "testsuite")) {
      List<Element> cases = elements(s, "testcase");
      assertThat(count(s, "tests")).as(s.getAttribute("name")).isEqualTo(cases.size());
      assertThat(count(s, "failures")).isEqualTo(cases.stream().filter(c -> c.getElementsByTagName("failure").getLength() > 0).count());
      assertThat(count(s, "errors")).isEqualTo(cases.stream().filter(c -> c.getElementsByTagName("error").getLength() > 0).count());
      assertThat(count(s, "skipped")).isEqualTo(cases.stream().filter(c -> c.getElementsByTagName("skipped").getLength() > 0).count());
      tests += count(s, "tests");
      failures += count(s, "failures");
      errors += count(s, "errors");
      skipped += count(s, "skipped");
    }
    Element root = doc.getDocumentElement();
    assertThat(count(root, "tests")).isEqualTo(tests);
    assertThat(count(root, "failures")).isEqualTo(failures);
    assertThat(count(root, "errors")).isEqualTo(errors).isEqualTo(2); // one rule failure, one input error
    assertThat(count(root, "skipped")).isEqualTo(skipped);

    for (RuleStats stats : report.ruleStats()) {
      Element s = suite(doc, stats.ruleId());
      long ruleErrors = report.ruleFailures().stream().filter(f -> f.ruleId().equals(stats.ruleId())).count();
      assertThat(count(s, "tests")).as(stats.ruleId()).isEqualTo(stats.evaluated() + ruleErrors);
      assertThat(count(s, "failures")).isEqualTo(stats.failed());
      assertThat(count(s, "skipped")).isEqualTo(stats.suppressed());
      assertThat(count(s, "errors")).isEqualTo(ruleErrors);
    }

    Element rulefailure = elements(testCase(suite(doc, "explodes"), "ConfigMap/boom"), "error").get(0);
    assertThat(rulefailure.getAttribute("type")).isEqualTo("RuleFailure");
    assertThat(rulefailure.getAttribute("message")).contains("cannot handle boom");

    Element input = suite(doc, JUnitReporter.INPUT_SUITE);
    Element inputError = elements(input, "error").get(0);
    assertThat(inputError.getAttribute("type")).isEqualTo("InputError");
    assertThat(inputError.getAttribute("message")).contains("duplicate key");
    assertThat(((Element) inputError.getParentNode()).getAttribute("file")).isEqualTo("c.yaml");
    assertThat(((Element) inputError.getParentNode()).getAttribute("name")).isEqualTo("c.yaml:5");
  }

  @Test
  void sameResourceNameInTwoFilesGivesTwoDistinctCases() throws Exception {
    String cm = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: same}\n";
    Document doc = parse(xml(ReportFixtures.auditFiles("a.yaml", cm, "b.yaml", cm + "---\n" + cm)));
    assertThat(elements(suite(doc, "team-label-missing"), "testcase")).extracting(c -> c.getAttribute("name"))
        .containsExactly("ConfigMap/same in a.yaml", "ConfigMap/same in b.yaml", "ConfigMap/same in b.yaml #2");
  }

  @Test
  void hostileNamesCannotBreakTheXml() throws Exception {
    String hostile = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: "a<b>&c\\"d'e]]>\\u0001\\u0008\\u001f\\uFFFE</testcase><x>"
          namespace: "ns&amp;<!--"
        spec:
          containers:
            - name: "c\\"><failure message='owned'/>\\ud83d\\ude80"
              image: busybox
              securityContext: {privileged: true}
        """;
    String xml = xml(ReportFixtures.audit("dir/<evil>&\"file\".yaml", hostile));
    Document doc = parse(xml);
    Element privileged = suite(doc, "privileged-container");
    List<Element> cases = elements(privileged, "testcase");
    assertThat(cases).hasSize(1);
    Element c = cases.get(0);
    assertThat(c.getAttribute("name")).startsWith("Pod/ns&amp;<!--/a<b>&c\"d'e]]>\\u0001\\u0008\\u001F\\uFFFE</testcase><x>");
    assertThat(c.getAttribute("file")).isEqualTo("dir/<evil>&\"file\".yaml");
    assertThat(elements(c, "failure")).hasSize(1);
    assertThat(elements(c, "failure").get(0).getAttribute("message")).contains("<failure message='owned'/>\uD83D\uDE80");
    assertThat(doc.getElementsByTagName("x").getLength()).isZero();
  }

  @Test
  void credentialsAreRedacted() throws Exception {
    String pod = """
        apiVersion: v1
        kind: Pod
        metadata: {name: AKIAABCDEFGHIJKLMNOP}
        spec:
          containers:
            - {name: app, image: busybox, securityContext: {privileged: true}}
        """;
    String xml = xml(ReportFixtures.audit("pod.yaml", pod));
    assertThat(xml).doesNotContain("AKIAABCDEFGHIJKLMNOP").contains("Pod/[REDACTED] in pod.yaml");
  }

  @Test
  void anEmptyAuditIsAnEmptyButValidDocument() throws Exception {
    Document doc = parse(xml(ReportFixtures.empty()));
    Element root = doc.getDocumentElement();
    assertThat(count(root, "tests")).isZero();
    assertThat(count(root, "failures")).isZero();
    assertThat(elements(root, "testsuite")).allSatisfy(s -> assertThat(count(s, "tests")).isZero());
  }

  @Test
  void findingsAreListedEvenWithoutPerResourceEvaluations() throws Exception {
    AuditReport full = ReportFixtures.audit("app.yaml", ReportFixtures.MIXED);
    AuditReport old = new AuditReport(full.findings(), full.suppressed(), full.inputErrors(), full.notices(), full.ruleFailures(),
        full.rules(), full.ruleStats(), full.resourcesAudited(), full.filesRead(), full.targetVersion(), full.auditDate(), full.score());
    Document doc = parse(xml(old));
    Element privileged = suite(doc, "privileged-container");
    assertThat(count(privileged, "failures")).isEqualTo(1);
    assertThat(count(privileged, "skipped")).isEqualTo(1);
  }
}
