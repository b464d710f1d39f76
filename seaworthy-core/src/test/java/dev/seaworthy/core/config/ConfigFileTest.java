package dev.seaworthy.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.seaworthy.core.data.KubernetesVersion;
import dev.seaworthy.core.engine.Suppression;
import dev.seaworthy.core.rule.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFileTest {

  private static final Path PATH = Path.of(".seaworthy.yaml");

  private static ConfigFile parse(String text) throws ConfigException {
    return ConfigFile.parse(PATH, text);
  }

  private static ConfigException error(String text) {
    ConfigException e = catchThrowableOfType(ConfigException.class, () -> parse(text));
    assertThat(e).as("config must be rejected:\n%s", text).isNotNull();
    assertThat(e.getMessage()).doesNotContain("\n");
    return e;
  }

  private static final String VALID =
      """
      # Seaworthy settings for the shop cluster
      kubernetesVersion: "1.30"
      clusterName: shop-prod
      failOn: medium
      builtInExemptions: off
      annotationSuppressions: yes
      rules:
        run-as-root: off
        latest-tag: on
        host-network: critical
        privileged-container:
          enabled: true
          severity: low
        liveness-probe-missing:
          enabled: false
      exemptions:
        - rules: [run-as-root, "host-*"]
          namespace: monitoring
          kind: DaemonSet
          name: node-exporter*
          container: exporter
          reason: Reads host metrics through hostPID; reviewed by the platform team.
        - rules: "*"
          namespace: sandbox
          reason: Playground namespace, wiped nightly.
      """;

  @Test
  void testValidFile_readsEverySetting() throws ConfigException {
    ConfigFile c = parse(VALID);

    assertThat(c.path()).contains(PATH);
    assertThat(c.kubernetesVersion()).contains(KubernetesVersion.of("1.30"));
    assertThat(c.kubernetesVersion().get().minor()).isEqualTo(30);
    assertThat(c.clusterName()).contains("shop-prod");
    assertThat(c.failOn()).contains(FailPolicy.at(Severity.MEDIUM));
    assertThat(c.builtInExemptions()).isFalse();
    assertThat(c.annotationSuppressions()).isTrue();
    assertThat(c.rules()).containsOnlyKeys("run-as-root", "latest-tag", "host-network", "privileged-container", "liveness-probe-missing");
    assertThat(c.ruleKeyPositions().get("host-network").line()).isEqualTo(10);
    assertThat(c.exemptions()).hasSize(2);
  }

  @Test
  void testRuleSettingForms_onOffSeverityAndMapping() throws ConfigException {
    ConfigFile c = parse(VALID);

    assertThat(c.rules().get("run-as-root")).isEqualTo(new RuleSetting(Optional.of(false), Optional.empty()));
    assertThat(c.rules().get("latest-tag")).isEqualTo(new RuleSetting(Optional.of(true), Optional.empty()));
    assertThat(c.rules().get("host-network")).isEqualTo(new RuleSetting(Optional.of(true), Optional.of(Severity.CRITICAL)));
    assertThat(c.rules().get("privileged-container")).isEqualTo(new RuleSetting(Optional.of(true), Optional.of(Severity.LOW)));
    assertThat(c.rules().get("liveness-probe-missing")).isEqualTo(new RuleSetting(Optional.of(false), Optional.empty()));
  }

  @Test
  void testRuleSettingForms_booleanSpellingsAndSeverityCase() throws ConfigException {
    ConfigFile c = parse("rules:\n  a: false\n  b: yes\n  c: HIGH\n  d: Info\n  e: {severity: medium}\n");

    assertThat(c.rules().get("a").enabled()).contains(false);
    assertThat(c.rules().get("b").enabled()).contains(true);
    assertThat(c.rules().get("c").severity()).contains(Severity.HIGH);
    assertThat(c.rules().get("d").severity()).contains(Severity.INFO);
    assertThat(c.rules().get("e")).isEqualTo(new RuleSetting(Optional.empty(), Optional.of(Severity.MEDIUM)));
  }

  @Test
  void testExemptions_areReadWithTheirGlobsAndReason() throws ConfigException {
    ConfigFile c = parse(VALID);

    Exemption first = c.exemptions().get(0);
    assertThat(first.rules()).containsExactly("run-as-root", "host-*");
    assertThat(first.namespace()).isEqualTo("monitoring");
    assertThat(first.kind()).isEqualTo("DaemonSet");
    assertThat(first.name()).isEqualTo("node-exporter*");
    assertThat(first.container()).isEqualTo("exporter");
    assertThat(first.reason()).startsWith("Reads host metrics");
    assertThat(first.source()).isEqualTo(Suppression.Source.CONFIG);
    assertThat(first.declaredAt().line()).isEqualTo(17);
    Exemption second = c.exemptions().get(1);
    assertThat(second.rules()).containsExactly("*");
    assertThat(second.kind()).isNull();
    assertThat(second.container()).isNull();
  }

  @Test
  void testUnknownRuleIds_areReportedNotRejected() throws ConfigException {
    ConfigFile c = parse(VALID);

    assertThat(c.unknownRuleIds(Set.of("run-as-root", "latest-tag", "host-network", "privileged-container")))
        .containsExactly("liveness-probe-missing");
    assertThat(c.unknownRuleIds(c.rules().keySet())).isEmpty();
  }

  @Test
  void testUnknownTopLevelKey_isAnErrorAtItsLine() {
    ConfigException e = error("kubernetesVersion: \"1.31\"\nfailon: high\n");

    assertThat(e.position().line()).isEqualTo(2);
    assertThat(e.getMessage()).contains("unknown key \"failon\"").contains("failOn");
    assertThat(e.oneLine()).startsWith(".seaworthy.yaml:2: unknown key");
  }

  @Test
  void testUnknownKeyInARule_isAnErrorAtItsLine() {
    ConfigException e = error("rules:\n  run-as-root:\n    enable: false\n");

    assertThat(e.position().line()).isEqualTo(3);
    assertThat(e.getMessage()).contains("unknown key \"enable\" in rule run-as-root");
  }

  @Test
  void testUnknownKeyInAnExemption_isAnErrorAtItsLine() {
    ConfigException e = error("exemptions:\n  - rules: [a]\n    namespaces: [x]\n    reason: why\n");

    assertThat(e.position().line()).isEqualTo(3);
    assertThat(e.getMessage()).contains("unknown key \"namespaces\" in exemption");
  }

  @Test
  void testUnquotedKubernetesVersion_isRejectedWithAClearMessage() {
    ConfigException e = error("clusterName: prod\nkubernetesVersion: 1.30\n");

    assertThat(e.position().line()).isEqualTo(2);
    assertThat(e.getMessage()).contains("quote kubernetesVersion").contains("\"1.30\"").contains("1.3");
  }

  @Test
  void testUnquotedKubernetesVersionThatIsNotANumber_isAccepted() throws ConfigException {
    assertThat(parse("kubernetesVersion: v1.30\n").kubernetesVersion()).contains(KubernetesVersion.of("1.30"));
    assertThat(parse("kubernetesVersion: 1.30.4\n").kubernetesVersion()).contains(KubernetesVersion.of("1.30"));
    assertThat(parse("kubernetesVersion: '1.29'\n").kubernetesVersion()).contains(KubernetesVersion.of("1.29"));
  }

  @Test
  void testMalformedKubernetesVersion_isRejected() {
    ConfigException e = error("kubernetesVersion: latest\n");

    assertThat(e.position().line()).isEqualTo(1);
    assertThat(e.getMessage()).contains("kubernetesVersion must look like");
  }

  @Test
  void testBadSeverity_isRejectedWithTheAllowedValues() {
    ConfigException failOn = error("failOn: urgent\n");
    ConfigException rule = error("rules:\n  a: high\n  b: extreme\n");

    assertThat(failOn.getMessage()).contains("unknown value \"urgent\"").contains("critical").contains("none");
    assertThat(failOn.position().line()).isEqualTo(1);
    assertThat(rule.getMessage()).contains("\"extreme\" is not on, off or a severity");
    assertThat(rule.position().line()).isEqualTo(3);
  }

  @Test
  void testRuleSettingOfTheWrongShape_isRejected() {
    ConfigException e = error("rules:\n  a: [high]\n");

    assertThat(e.position().line()).isEqualTo(2);
    assertThat(e.getMessage()).contains("rule a");
  }

  @Test
  void testExemptionWithoutReason_isRejected() {
    ConfigException missing = error("exemptions:\n  - rules: [run-as-root]\n    namespace: ops\n");
    ConfigException blank = error("exemptions:\n  - rules: [a]\n    reason: \"\"\n  - rules: [b]\n    reason: fine\n");

    assertThat(missing.position().line()).isEqualTo(2);
    assertThat(missing.getMessage()).contains("reason");
    assertThat(blank.position().line()).isEqualTo(2);
  }

  @Test
  void testExemptionWithoutRules_isRejected() {
    ConfigException e = error("exemptions:\n  - namespace: ops\n    reason: everything in ops\n");

    assertThat(e.getMessage()).contains("rules");
    assertThat(e.position().line()).isEqualTo(2);
  }

  @Test
  void testSectionsOfTheWrongShape_areRejectedNotIgnored() {
    ConfigException rulesAsList = error("rules:\n  - run-as-root\n");
    ConfigException exemptionsAsMap = error("exemptions:\n  rules: [run-as-root]\n  reason: forgot the dash\n");
    ConfigException exemptionAsScalar = error("exemptions:\n  - run-as-root\n");

    assertThat(rulesAsList.position().line()).isEqualTo(1);
    assertThat(rulesAsList.getMessage()).contains("rules must be a mapping");
    assertThat(exemptionsAsMap.position().line()).isEqualTo(1);
    assertThat(exemptionsAsMap.getMessage()).contains("exemptions must be a list");
    assertThat(exemptionAsScalar.position().line()).isEqualTo(2);
  }

  @Test
  void testNonBooleanSwitch_isRejected() {
    ConfigException e = error("builtInExemptions: \"no\"\n");

    assertThat(e.getMessage()).contains("expected true or false");
  }

  @Test
  void testEmptyFileOrNullSections_meanDefaults() throws ConfigException {
    for (String text : new String[] {"", "# nothing yet\n", "rules:\nexemptions:\n"}) {
      ConfigFile c = parse(text);
      assertThat(c.rules()).isEmpty();
      assertThat(c.exemptions()).isEmpty();
      assertThat(c.builtInExemptions()).isTrue();
      assertThat(c.annotationSuppressions()).isTrue();
      assertThat(c.kubernetesVersion()).isEmpty();
    }
  }

  @Test
  void testNotASingleMapping_isRejected() {
    assertThat(error("- a\n- b\n").getMessage()).contains("must be a mapping");
    assertThat(error("failOn: high\n---\nfailOn: low\n").getMessage()).contains("single YAML document");
  }

  @Test
  void testYamlErrors_areConfigErrorsWithTheirLine() {
    ConfigException syntax = error("rules:\n  a: off\n b: on\n");
    ConfigException duplicate = error("failOn: high\nfailOn: low\n");

    assertThat(syntax.position().line()).isEqualTo(3);
    assertThat(duplicate.position().line()).isEqualTo(2);
    assertThat(duplicate.getMessage()).contains("duplicate key");
  }

  @Test
  void testReadAndFindUpward(@TempDir Path tmp) throws IOException, ConfigException {
    Path project = tmp.resolve("project");
    Path deep = Files.createDirectories(project.resolve("deploy/overlays/prod"));
    Path file = Files.writeString(project.resolve(ConfigFile.FILE_NAME), VALID, StandardCharsets.UTF_8);

    assertThat(ConfigFile.findUpward(deep)).contains(file.toAbsolutePath().normalize());
    assertThat(ConfigFile.read(file).clusterName()).contains("shop-prod");
    ConfigException missing = catchThrowableOfType(ConfigException.class, () -> ConfigFile.read(tmp.resolve("absent.yaml")));
    assertThat(missing.getMessage()).startsWith("cannot read configuration");
  }

  @Test
  void testEmpty_isAllDefaults() {
    ConfigFile c = ConfigFile.empty();

    assertThat(c.path()).isEmpty();
    assertThat(c.builtInExemptions()).isTrue();
    assertThat(c.rules()).isEmpty();
  }
}
