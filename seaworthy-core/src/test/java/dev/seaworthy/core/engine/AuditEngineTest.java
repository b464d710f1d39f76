package dev.seaworthy.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.seaworthy.core.config.AuditConfig;
import dev.seaworthy.core.config.Exemption;
import dev.seaworthy.core.config.RuleSetting;
import dev.seaworthy.core.data.KubernetesVersion;
import dev.seaworthy.core.load.LoadedInput;
import dev.seaworthy.core.load.ManifestLoader;
import dev.seaworthy.core.load.Notice;
import dev.seaworthy.core.model.Position;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Rule;
import dev.seaworthy.core.rule.RuleRegistry;
import dev.seaworthy.core.rule.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuditEngineTest {

  private static final LocalDate DATE = LocalDate.of(2026, 11, 24);
  private static final AuditConfig BASE =
      AuditConfig.defaults().withAuditDate(DATE).withTargetVersion(KubernetesVersion.of("1.33")).withThreads(1);
  private static final String NO_REASON = "no reason given (seaworthy.dev/ignore-reason is not set)";

  private static AuditEngine engine(Rule... rules) {
    return new AuditEngine(new RuleRegistry(List.of(rules)));
  }

  private static AuditEngine podEngine() {
    return engine(new EngineTestRules.HostNetwork(), new EngineTestRules.Privileged());
  }

  private static LoadedInput load(String text) {
    LoadedInput input = new ManifestLoader().loadText("audit.yaml", text);
    assertThat(input.errors()).isEmpty();
    return input;
  }

  private static AuditConfig withExemptions(AuditConfig c, List<Exemption> exemptions) {
    return new AuditConfig(
        c.targetVersion(), c.auditDate(), c.clusterName(), c.rules(), c.include(), c.exclude(), exemptions,
        c.builtInExemptions(), c.annotationSuppressions(), c.threads());
  }

  private static AuditConfig withAnnotations(AuditConfig c, boolean on) {
    return new AuditConfig(
        c.targetVersion(), c.auditDate(), c.clusterName(), c.rules(), c.include(), c.exclude(), c.exemptions(),
        c.builtInExemptions(), on, c.threads());
  }

  private static AuditConfig withRules(AuditConfig c, Map<String, RuleSetting> rules) {
    return new AuditConfig(
        c.targetVersion(), c.auditDate(), c.clusterName(), rules, c.include(), c.exclude(), c.exemptions(),
        c.builtInExemptions(), c.annotationSuppressions(), c.threads());
  }

  /** A DaemonSet with hostNetwork and a privileged container; extra metadata lines go under metadata. */
  private static String daemonSet(String namespace, String name, String metadataExtra, String templateMetadataExtra) {
    return """
        apiVersion: apps/v1
        kind: DaemonSet
        metadata:
          name: %s
          namespace: %s
        %s
        spec:
          template:
            metadata:
              labels: {app: %s}
        %s
            spec:
              hostNetwork: true
              containers:
                - name: main
                  image: example/app:1.0
                  securityContext: {privileged: true}
        """.formatted(name, namespace, indent(metadataExtra, 2), name, indent(templateMetadataExtra, 6));
  }

  private static String indent(String text, int spaces) {
    if (text.isEmpty()) {
      return "";
    }
    return text.lines().map(l -> " ".repeat(spaces) + l).reduce((a, b) -> a + "\n" + b).orElse("");
  }

  private static List<String> ids(List<Finding> findings) {
    return findings.stream().map(Finding::ruleId).toList();
  }

  // --- annotation suppression -----------------------------------------------------------------

  @Test
  void testIgnoreAnnotationOnObjectMetadata_withReason() {
    String yaml = daemonSet("ops", "agent", """
        annotations:
          seaworthy.dev/ignore: host-network
          seaworthy.dev/ignore-reason: the agent reads every node's traffic
        """, "");

    AuditReport report = podEngine().audit(load(yaml), BASE);

    assertThat(ids(report.findings())).containsExactly("privileged-container");
    assertThat(report.suppressed()).singleElement().satisfies(s -> {
      assertThat(s.finding().ruleId()).isEqualTo("host-network");
      assertThat(s.finding().position().line()).isEqualTo(15);
      assertThat(s.suppression()).isEqualTo(new Suppression(Suppression.Source.ANNOTATION, "the agent reads every node's traffic"));
    });
    assertThat(report.notices()).isEmpty();
  }

  @Test
  void testIgnoreAnnotationOnPodTemplateMetadata_withoutReason() {
    String yaml = daemonSet("ops", "agent", "", """
        annotations:
          seaworthy.dev/ignore: "privileged-container, host-network"
        """);

    AuditReport report = podEngine().audit(load(yaml), BASE);

    assertThat(report.findings()).isEmpty();
    assertThat(report.suppressed()).extracting(s -> s.finding().ruleId()).containsExactly("host-network", "privileged-container");
    assertThat(report.suppressed()).allSatisfy(s -> assertThat(s.suppression()).isEqualTo(new Suppression(Suppression.Source.ANNOTATION, NO_REASON)));
  }

  @Test
  void testIgnoreAnnotation_reasonOnTemplateIsUsedWhenTheObjectHasNone() {
    String yaml = daemonSet("ops", "agent", """
        annotations:
          seaworthy.dev/ignore: host-network
        """, """
        annotations:
          seaworthy.dev/ignore-reason: CNI plugin
        """);

    AuditReport report = podEngine().audit(load(yaml), BASE);

    assertThat(report.suppressed()).singleElement().satisfies(s -> assertThat(s.suppression().reason()).isEqualTo("CNI plugin"));
  }

  @Test
  void testIgnoreAnnotation_eachIgnoreKeepsTheReasonWrittenBesideIt() {
    String yaml = daemonSet("ops", "agent", """
        annotations:
          seaworthy.dev/ignore: host-network
          seaworthy.dev/ignore-reason: CNI plugin
        """, """
        annotations:
          seaworthy.dev/ignore: privileged-container
        """);

    AuditReport report = podEngine().audit(load(yaml), BASE);

    assertThat(report.suppressed()).extracting(s -> s.finding().ruleId() + ": " + s.suppression().reason())
        .containsExactlyInAnyOrder("host-network: CNI plugin", "privileged-container: " + NO_REASON);
  }

  @Test
  void testIgnoreAnnotation_allOrStarSuppressesEveryRule() {
    for (String value : List.of("all", "\"*\"")) {
      String yaml = daemonSet("ops", "agent", "annotations: {seaworthy.dev/ignore: " + value + ", seaworthy.dev/ignore-reason: legacy}", "");

      AuditReport report = podEngine().audit(load(yaml), BASE);

      assertThat(report.findings()).as(value).isEmpty();
      assertThat(report.suppressed()).hasSize(2);
      assertThat(report.notices()).isEmpty();
    }
  }

  @Test
  void testIgnoreAnnotation_unknownRuleIdGivesANotice() {
    String yaml = daemonSet("ops", "agent", "annotations: {seaworthy.dev/ignore: \"host-network,hostnetwork\"}", "");

    AuditReport report = podEngine().audit(load(yaml), BASE);

    assertThat(ids(report.findings())).containsExactly("privileged-container");
    assertThat(report.notices()).singleElement().satisfies(n -> {
      assertThat(n.message()).contains("\"hostnetwork\"").contains("unknown rule").contains("DaemonSet/ops/agent");
      // the notice points at the annotation, not at the top of the object
      int annotationLine = List.of(yaml.split("\n")).indexOf(yaml.lines().filter(l -> l.contains("seaworthy.dev/ignore")).findFirst().orElseThrow()) + 1;
      assertThat(n.position().line()).isEqualTo(annotationLine);
    });
  }

  @Test
  void testIgnoreAnnotation_ignoredWhenAnnotationSuppressionsAreOff() {
    String yaml = daemonSet("ops", "agent", "annotations: {seaworthy.dev/ignore: \"host-network,nonsense\"}", "");

    AuditReport report = podEngine().audit(load(yaml), withAnnotations(BASE, false));

    assertThat(ids(report.findings())).containsExactly("host-network", "privileged-container");
    assertThat(report.suppressed()).isEmpty();
    assertThat(report.notices()).isEmpty();
  }

  // --- config and built-in exemptions ---------------------------------------------------------

  @Test
  void testConfigExemption_byNamespaceKindNameAndContainerGlobs() {
    String yaml =
        daemonSet("monitoring", "node-exporter", "", "")
            + "---\n"
            + daemonSet("monitoring", "node-exporter-gpu", "", "").replace("name: main", "name: sidecar")
            + "---\n"
            + daemonSet("logging", "node-exporter", "", "")
            + "---\n"
            + daemonSet("monitoring", "fluent-bit", "", "")
            + "---\n"
            + daemonSet("monitoring", "node-exporter", "", "").replace("kind: DaemonSet", "kind: Deployment");
    Exemption exemption =
        new Exemption(
            List.of("privileged-*"), "mon*", "DaemonSet", "node-exporter*", "ma?n", "exporter needs host access",
            Suppression.Source.CONFIG, Position.of(".seaworthy.yaml", 3, 5));

    AuditReport report = podEngine().audit(load(yaml), withExemptions(BASE, List.of(exemption)));

    assertThat(report.suppressed()).singleElement().satisfies(s -> {
      assertThat(s.finding().resource().display()).isEqualTo("DaemonSet/monitoring/node-exporter");
      assertThat(s.finding().container()).isEqualTo("main");
      assertThat(s.suppression()).isEqualTo(new Suppression(Suppression.Source.CONFIG, "exporter needs host access"));
    });
    assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("privileged-container"))
        .extracting(f -> f.resource().display())
        .containsExactly(
            "DaemonSet/monitoring/node-exporter-gpu", // container "sidecar" does not match ma?n
            "DaemonSet/logging/node-exporter", // namespace does not match
            "DaemonSet/monitoring/fluent-bit", // name does not match
            "Deployment/monitoring/node-exporter"); // kind does not match
    assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("host-network")).hasSize(5);
  }

  @Test
  void testConfigExemption_defaultNamespaceMatchesObjectsWithoutOne() {
    String yaml = daemonSet("default", "agent", "", "").replace("  namespace: default\n", "");
    Exemption exemption =
        new Exemption(List.of("*"), "default", null, null, null, "lab cluster", Suppression.Source.CONFIG, Position.of(".seaworthy.yaml", 1, 1));

    AuditReport report = podEngine().audit(load(yaml), withExemptions(BASE, List.of(exemption)));

    assertThat(report.findings()).isEmpty();
    assertThat(report.suppressed()).hasSize(2);
  }

  @Test
  void testBuiltInExemption_awsNodeInKubeSystem() {
    String yaml = daemonSet("kube-system", "aws-node", "", "") + "---\n" + daemonSet("default", "aws-node", "", "");
    AuditEngine engine = engine(new EngineTestRules.HostNetwork(), new EngineTestRules.Privileged(), new EngineTestRules.TeamLabel());

    AuditReport report = engine.audit(load(yaml), BASE);

    assertThat(report.suppressed()).extracting(s -> s.finding().ruleId()).containsExactly("host-network", "privileged-container");
    assertThat(report.suppressed()).allSatisfy(s -> {
      assertThat(s.finding().resource().display()).isEqualTo("DaemonSet/kube-system/aws-node");
      assertThat(s.suppression().source()).isEqualTo(Suppression.Source.BUILT_IN);
      assertThat(s.suppression().reason()).contains("VPC CNI");
    });
    // a rule the component does not need an exemption for still reports it; other namespaces get no exemption
    assertThat(report.findings()).extracting(f -> f.ruleId() + " " + f.resource().display())
        .containsExactlyInAnyOrder(
            "team-label-missing DaemonSet/kube-system/aws-node",
            "host-network DaemonSet/default/aws-node",
            "privileged-container DaemonSet/default/aws-node",
            "team-label-missing DaemonSet/default/aws-node");
  }

  @Test
  void testBuiltInExemptions_canBeTurnedOff() {
    String yaml = daemonSet("kube-system", "aws-node", "", "");

    AuditReport report = podEngine().audit(load(yaml), BASE.withBuiltInExemptions(false));

    assertThat(report.suppressed()).isEmpty();
    assertThat(ids(report.findings())).containsExactly("host-network", "privileged-container");
  }

  // --- what is audited ------------------------------------------------------------------------

  @Test
  void testHelmTestHook_isSkippedWithANotice() {
    String yaml =
        """
        apiVersion: v1
        kind: Pod
        metadata:
          name: web-test-connection
          annotations:
            helm.sh/hook: test
        spec:
          hostNetwork: true
          containers: [{name: wget, image: busybox, securityContext: {privileged: true}}]
        ---
        apiVersion: v1
        kind: Pod
        metadata:
          name: pre-install
          annotations:
            helm.sh/hook: pre-install
        spec:
          hostNetwork: true
          containers: [{name: job, image: busybox}]
        """;

    AuditReport report = podEngine().audit(load(yaml), BASE);

    assertThat(report.resourcesAudited()).isEqualTo(1);
    assertThat(report.findings()).extracting(f -> f.resource().name()).containsExactly("pre-install");
    assertThat(report.notices()).singleElement().satisfies(n -> {
      assertThat(n.message()).contains("Pod/web-test-connection").contains("Helm test hook");
      assertThat(n.position()).isEqualTo(Position.of("audit.yaml", 1, 1));
    });
  }

  @Test
  void testFindingOnAMissingNode_isPlacedAtTheResource() {
    String yaml = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\n";

    AuditReport report = engine(new EngineTestRules.TeamLabel()).audit(load(yaml), BASE);

    assertThat(report.findings()).extracting(Finding::position)
        .containsExactly(Position.of("audit.yaml", 1, 1), Position.of("audit.yaml", 6, 1));
    assertThat(report.findings()).allSatisfy(f -> assertThat(f.container()).isEmpty());
  }

  @Test
  void testConfigSeverityOverrideAndDisabledRule() {
    String yaml = daemonSet("ops", "agent", "", "");
    Map<String, RuleSetting> rules =
        Map.of(
            "host-network", new RuleSetting(Optional.empty(), Optional.of(Severity.LOW)),
            "privileged-container", new RuleSetting(Optional.of(false), Optional.empty()));

    AuditReport report = podEngine().audit(load(yaml), withRules(BASE, rules));

    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("host-network");
      assertThat(f.severity()).isEqualTo(Severity.LOW);
      assertThat(f.rule().severity()).isEqualTo(Severity.HIGH);
    });
    assertThat(report.rules()).extracting(m -> m.id()).containsExactly("host-network");
  }

  @Test
  void testInputErrorsAndFileCount_arePassedThroughSorted() {
    LoadedInput input =
        new ManifestLoader().loadText("z.yaml", "kind: [\n").plus(new ManifestLoader().loadText("a.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n---\n- 1\n"));

    AuditReport report = podEngine().audit(input, BASE);

    assertThat(report.inputErrors()).extracting(e -> e.position().file()).containsExactly("a.yaml", "z.yaml");
    assertThat(report.filesRead()).isEqualTo(2);
    assertThat(report.resourcesAudited()).isEqualTo(1);
  }

  // --- failures -------------------------------------------------------------------------------

  @Test
  void testRuleThatThrows_becomesARuleFailureAndTheAuditGoesOn() {
    String yaml = daemonSet("ops", "boom-agent", "", "") + "---\n" + daemonSet("ops", "calm", "", "");
    AuditEngine engine = engine(new EngineTestRules.Explodes(), new EngineTestRules.HostNetwork());

    AuditReport report = engine.audit(load(yaml), BASE);

    assertThat(report.ruleFailures()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("explodes");
      assertThat(f.resource().display()).isEqualTo("DaemonSet/ops/boom-agent");
      assertThat(f.error()).contains("IllegalStateException").contains("cannot handle boom-agent");
    });
    assertThat(report.findings()).extracting(f -> f.resource().name()).containsExactly("boom-agent", "calm");
    assertThat(report.ruleStats()).filteredOn(s -> s.ruleId().equals("explodes"))
        .singleElement().satisfies(s -> assertThat(s.evaluated()).isEqualTo(1));
  }

  @Test
  void testRuleThatOverflowsTheStackOrThrowsCheckedExceptions_becomesARuleFailure() {
    String yaml = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n";
    AuditEngine engine = engine(new EngineTestRules.RecursesForever(), new EngineTestRules.ThrowsChecked(), new EngineTestRules.TeamLabel());

    for (int threads : new int[] {1, 4}) {
      assertThatCode(() -> engine.audit(load(yaml), BASE.withThreads(threads))).doesNotThrowAnyException();
      AuditReport report = engine.audit(load(yaml), BASE.withThreads(threads));

      assertThat(report.ruleFailures()).extracting(RuleFailure::ruleId).containsExactly("recurses-forever", "throws-checked");
      assertThat(report.ruleFailures().get(0).error()).contains("StackOverflowError");
      assertThat(report.ruleFailures().get(1).error()).contains("IOException").contains("disk on fire");
      assertThat(ids(report.findings())).containsExactly("team-label-missing");
    }
  }

  // --- determinism ----------------------------------------------------------------------------

  /** About 500 resources over several files: pods that fail, pass, are suppressed, or break a rule. */
  private static LoadedInput generated() {
    LoadedInput all = new LoadedInput(List.of(), List.of(), List.of(), 0);
    for (int file = 0; file < 5; file++) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < 100; i++) {
        String name = (i % 37 == 0 ? "boom-" : "app-") + file + "-" + i;
        String namespace = i % 11 == 0 ? "kube-system" : "team-" + (i % 4);
        String ignore = i % 9 == 0 ? "annotations: {seaworthy.dev/ignore: \"host-network,typo-" + (i % 2) + "\"}" : "";
        String ds = daemonSet(namespace, i % 22 == 0 ? "aws-node" : name, ignore, "");
        if (i % 3 == 0) {
          ds = ds.replace("hostNetwork: true", "hostNetwork: false");
        }
        if (i % 5 == 0) {
          ds = ds.replace("privileged: true", "privileged: false");
        }
        if (i % 7 == 0) {
          ds = ds.replace("name: %s\n".formatted(name), "name: %s\n  labels: {team: t%d}\n".formatted(name, i % 3));
        }
        sb.append(ds).append("---\n");
      }
      all = all.plus(new ManifestLoader().loadText("generated-" + file + ".yaml", sb.toString()));
    }
    assertThat(all.errors()).isEmpty();
    assertThat(all.resources()).hasSize(500);
    return all;
  }

  private static AuditEngine fullEngine() {
    return engine(new EngineTestRules.HostNetwork(), new EngineTestRules.Privileged(), new EngineTestRules.TeamLabel(), new EngineTestRules.Explodes());
  }

  @Test
  void testDeterministicOutput_oneThreadOrFour() {
    LoadedInput input = generated();

    AuditReport one = fullEngine().audit(input, BASE.withThreads(1));
    AuditReport four = fullEngine().audit(input, BASE.withThreads(4));
    AuditReport fourAgain = fullEngine().audit(input, BASE.withThreads(4));

    assertThat(one.findings()).isNotEmpty();
    assertThat(one.suppressed()).isNotEmpty();
    assertThat(one.notices()).isNotEmpty();
    assertThat(one.ruleFailures()).isNotEmpty();
    for (AuditReport other : List.of(four, fourAgain)) {
      assertThat(other.findings()).isEqualTo(one.findings());
      assertThat(other.suppressed()).isEqualTo(one.suppressed());
      assertThat(other.notices()).isEqualTo(one.notices());
      assertThat(other.ruleFailures()).isEqualTo(one.ruleFailures());
      assertThat(other.ruleStats()).isEqualTo(one.ruleStats());
      assertThat(other.score()).isEqualTo(one.score());
      assertThat(other).isEqualTo(one);
    }
  }

  @Test
  void testDeterministicOutput_sortedByFileLineAndRuleWhateverTheInputOrder() {
    LoadedInput input = generated();
    List<Resource> reversed = new ArrayList<>(input.resources());
    Collections.reverse(reversed);
    LoadedInput shuffled = new LoadedInput(reversed, input.errors(), input.notices(), input.filesRead());

    AuditReport inOrder = fullEngine().audit(input, BASE.withThreads(4));
    AuditReport backwards = fullEngine().audit(shuffled, BASE.withThreads(4));

    assertThat(inOrder.findings()).isSortedAccordingTo(Finding.ORDER);
    assertThat(backwards.findings()).isEqualTo(inOrder.findings());
    assertThat(backwards.suppressed()).isEqualTo(inOrder.suppressed());
    assertThat(backwards.notices()).isEqualTo(inOrder.notices());
    assertThat(backwards.ruleFailures()).isEqualTo(inOrder.ruleFailures());
    assertThat(inOrder.ruleFailures()).extracting(f -> f.resource().position())
        .isSortedAccordingTo(Position::compareTo);
  }

  // --- score ----------------------------------------------------------------------------------

  @Test
  void testScore_hundredWhenNothingIsWrong() {
    String yaml = daemonSet("ops", "clean", "", "").replace("hostNetwork: true", "hostNetwork: false").replace("privileged: true", "privileged: false");

    AuditReport report = podEngine().audit(load(yaml), BASE);

    assertThat(report.score().value()).hasValue(100);
    assertThat(report.score().grade()).isEqualTo("A");
    assertThat(report.score().evaluatedWeight()).isEqualTo(15);
  }

  @Test
  void testScore_notApplicableWhenNothingWasEvaluated() {
    AuditReport report = podEngine().audit(load("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n"), BASE);

    assertThat(report.score().value()).isEmpty();
    assertThat(report.score().grade()).isEqualTo("N/A");
    assertThat(report.resourcesAudited()).isEqualTo(1);
  }

  @Test
  void testScore_suppressedChecksDoNotCount() {
    String yaml = daemonSet("kube-system", "aws-node", "", "");

    AuditReport report = podEngine().audit(load(yaml), BASE);

    assertThat(report.findings()).isEmpty();
    assertThat(report.score().grade()).isEqualTo("N/A");
    assertThat(report.ruleStats()).allSatisfy(s -> {
      assertThat(s.suppressed()).isEqualTo(1);
      assertThat(s.passed()).isZero();
    });
  }

  @Test
  void testScore_gradeIsCappedByACriticalOrHighFinding() {
    StringBuilder clean = new StringBuilder();
    for (int i = 0; i < 60; i++) {
      clean.append(daemonSet("ops", "clean-" + i, "", "").replace("hostNetwork: true", "hostNetwork: false").replace("privileged: true", "privileged: false"))
          .append("---\n");
    }
    String privileged = daemonSet("ops", "bad", "", "").replace("hostNetwork: true", "hostNetwork: false");
    String hostNetwork = daemonSet("ops", "bad", "", "").replace("privileged: true", "privileged: false");

    AuditReport critical = podEngine().audit(load(clean + privileged), BASE);
    AuditReport high = podEngine().audit(load(clean + hostNetwork), BASE);

    assertThat(critical.score().value()).hasValue(98); // 1 - 10/915, floored
    assertThat(critical.score().grade()).isEqualTo("C");
    assertThat(high.score().value()).hasValue(99);
    assertThat(high.score().grade()).isEqualTo("B");
  }

  @Test
  void aViolationMayLowerItsSeverityUnlessTheUserConfiguredOne() {
    String text = """
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: mild, labels: {mild: "yes"}}
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: harsh}
        """;
    AuditReport report = engine(new EngineTestRules.Graded()).audit(load(text), BASE);
    assertThat(report.findings()).extracting(Finding::severity).containsExactly(Severity.LOW, Severity.HIGH);

    AuditConfig configured = withRules(BASE, Map.of("graded-finding", new RuleSetting(Optional.empty(), Optional.of(Severity.MEDIUM))));
    AuditReport overridden = engine(new EngineTestRules.Graded()).audit(load(text), configured);
    assertThat(overridden.findings()).extracting(Finding::severity).containsExactly(Severity.MEDIUM, Severity.MEDIUM);
  }

  @Test
  void testReplicasOfATemplateInTheInputAreJudgedOnlyByLiveStateRules() {
    String yaml = """
        apiVersion: apps/v1
        kind: ReplicaSet
        metadata: {name: web-1, namespace: shop, uid: rs-1}
        spec:
          template:
            spec: {hostNetwork: true, containers: [{name: a, image: x}]}
        ---
        apiVersion: v1
        kind: Pod
        metadata:
          name: web-1-a
          namespace: shop
          ownerReferences: [{apiVersion: apps/v1, kind: ReplicaSet, name: web-1, uid: rs-1, controller: true}]
        spec: {hostNetwork: true, containers: [{name: a, image: x}]}
        status: {phase: Failed}
        ---
        apiVersion: v1
        kind: Pod
        metadata:
          name: orphan
          namespace: shop
          ownerReferences: [{apiVersion: apps/v1, kind: ReplicaSet, name: gone, uid: rs-gone, controller: true}]
        spec: {hostNetwork: true, containers: [{name: a, image: x}]}
        """;

    AuditReport report = engine(new EngineTestRules.HostNetwork(), new EngineTestRules.PodFailed()).audit(load(yaml), BASE);

    assertThat(report.findings()).extracting(f -> f.ruleId() + " " + f.resource().display())
        .containsExactlyInAnyOrder(
            "host-network ReplicaSet/shop/web-1",
            "pod-phase-failed Pod/shop/web-1-a",
            "host-network Pod/shop/orphan");
  }
}
