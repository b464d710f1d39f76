package dev.seaworthy.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.config.AuditConfig;
import dev.seaworthy.core.data.KubernetesVersion;
import dev.seaworthy.core.load.ManifestLoader;
import dev.seaworthy.core.rule.RuleRegistry;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ResourceEvaluationTest {

  private static final AuditConfig BASE =
      AuditConfig.defaults().withAuditDate(LocalDate.of(2026, 11, 24)).withTargetVersion(KubernetesVersion.of("1.33")).withThreads(1);

  private static final String INPUT = """
      apiVersion: v1
      kind: ConfigMap
      metadata: {name: settings, labels: {team: a}}
      ---
      apiVersion: v1
      kind: Pod
      metadata: {name: web}
      spec:
        containers:
          - {name: app, image: x, securityContext: {privileged: true}}
      ---
      apiVersion: v1
      kind: ConfigMap
      metadata: {name: boom}
      """;

  private static AuditReport audit(String text, AuditConfig config) {
    AuditEngine engine = new AuditEngine(new RuleRegistry(List.of(
        new EngineTestRules.HostNetwork(), new EngineTestRules.Privileged(), new EngineTestRules.TeamLabel(), new EngineTestRules.Explodes())));
    return engine.audit(new ManifestLoader().loadText("in.yaml", text), config);
  }

  @Test
  void oneEntryPerAuditedResourceNamingTheRulesThatApplied() {
    AuditReport report = audit(INPUT, BASE);

    assertThat(report.evaluations()).hasSize(report.resourcesAudited());
    assertThat(report.evaluations()).extracting(e -> e.resource().display(), ResourceEvaluation::ruleIds).containsExactly(
        org.assertj.core.groups.Tuple.tuple("ConfigMap/settings", List.of("explodes", "team-label-missing")),
        // pod rules apply to the pod only; catalog order (sorted by id)
        org.assertj.core.groups.Tuple.tuple("Pod/web", List.of("explodes", "host-network", "privileged-container", "team-label-missing")),
        // a rule that threw was not evaluated: it is a rule failure instead
        org.assertj.core.groups.Tuple.tuple("ConfigMap/boom", List.of("team-label-missing")));
    assertThat(report.ruleFailures()).extracting(RuleFailure::ruleId).containsExactly("explodes");
  }

  @Test
  void evaluationsAgreeWithRuleStats() {
    AuditReport report = audit(INPUT, BASE);

    Map<String, Long> perRule = report.evaluations().stream()
        .flatMap(e -> e.ruleIds().stream())
        .collect(Collectors.groupingBy(id -> id, Collectors.counting()));
    for (RuleStats s : report.ruleStats()) {
      assertThat(perRule.getOrDefault(s.ruleId(), 0L)).as(s.ruleId()).isEqualTo(s.evaluated());
    }
  }

  @Test
  void sameForOneAndManyThreads() {
    StringBuilder big = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      big.append("apiVersion: v1\nkind: Pod\nmetadata: {name: p").append(i).append("}\nspec:\n  hostNetwork: ").append(i % 2 == 0)
          .append("\n  containers: [{name: a, image: x}]\n---\n");
    }
    AuditReport one = audit(big.toString(), BASE);
    AuditReport many = audit(big.toString(), BASE.withThreads(4));

    assertThat(many.evaluations()).hasSize(200).isEqualTo(one.evaluations());
  }
}
