package dev.seaworthy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RulesCommandTest {

  @Test
  void listShowsEveryRuleWithSeverity() {
    CliRun run = CliRun.of("rules", "list");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("privileged-container").contains("CRITICAL").contains("rules.");
  }

  @Test
  void listJsonCarriesAllMetadataIncludingEquivalents() {
    CliRun run = CliRun.of("rules", "list", "-o", "json");
    assertThat(run.out()).startsWith("[").contains("\"equivalents\"").contains("\"polaris:runAsPrivileged\"").contains("\"remediation\"");
  }

  @Test
  void explainPrintsWhyHowAndAnExample() {
    CliRun run = CliRun.of("rules", "explain", "privileged-container");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("## What it checks and why").contains("## How to fix").contains("privileged: true").contains("kubescape:C-0057");
  }

  @Test
  void explainUnknownRuleIsAUsageError() {
    CliRun run = CliRun.of("rules", "explain", "nope");
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("no such rule \"nope\"");
  }

  @Test
  void versionHelpAndCompletion() {
    assertThat(CliRun.of("--version").out()).startsWith("seaworthy ");
    assertThat(CliRun.of("audit", "--help").out()).contains("--fail-on").contains("--kubernetes-version");
    assertThat(CliRun.of("rules", "explain", "--help").exitCode()).isZero();
    CliRun completion = CliRun.of("completion");
    assertThat(completion.exitCode()).isZero();
    assertThat(completion.out()).contains("complete -F").contains("seaworthy");
  }
}
