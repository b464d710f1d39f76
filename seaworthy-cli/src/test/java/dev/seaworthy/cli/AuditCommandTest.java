package dev.seaworthy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditCommandTest {

  private static final String PRIVILEGED_POD = """
      apiVersion: v1
      kind: Pod
      metadata:
        name: debug
      spec:
        containers:
          - name: shell
            image: busybox:1.36
            securityContext:
              privileged: true
      """;

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  @Test
  void findingsAtOrAboveFailOnExitThree() throws IOException {
    Path f = write("pod.yaml", PRIVILEGED_POD);
    CliRun run = CliRun.of("audit", "--no-config", "--include", "privileged-container", f.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
    assertThat(run.out()).contains("Pod/debug").contains(f + ":10").contains("CRITICAL").contains("[privileged-container]");
    assertThat(run.out()).contains("1 critical").contains("score 0/100, grade F");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void failOnNoneAndHigherThresholdExitZero() throws IOException {
    Path f = write("pod.yaml", PRIVILEGED_POD);
    assertThat(CliRun.of("audit", "--no-config", "--include", "privileged-container", "--fail-on", "none", f.toString()).exitCode()).isZero();
  }

  @Test
  void stdinIsAuditedAsDash() {
    CliRun run = CliRun.withStdin(PRIVILEGED_POD, "audit", "--no-config", "--include", "privileged-container", "-");
    assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
    assertThat(run.out()).contains("<stdin>:10");
  }

  @Test
  void jsonOutputIsVersionedAndComplete() throws IOException {
    Path f = write("pod.yaml", PRIVILEGED_POD);
    CliRun run = CliRun.of("audit", "--no-config", "--include", "privileged-container", "-o", "json", "--date", "2026-11-24", f.toString());
    assertThat(run.out())
        .startsWith("{")
        .contains("\"schemaVersion\": \"1.0\"")
        .contains("\"ruleId\": \"privileged-container\"")
        .contains("\"line\": 10")
        .contains("\"kubernetesVersion\": \"1.35\"")
        .contains("\"op\": \"replace\"");
  }

  @Test
  void annotationSuppressionKeepsTheFindingVisibleInJson() throws IOException {
    Path f = write("pod.yaml", PRIVILEGED_POD.replace("  name: debug\n",
        "  name: debug\n  annotations:\n    seaworthy.dev/ignore: privileged-container\n    seaworthy.dev/ignore-reason: node debugging pod\n"));
    CliRun run = CliRun.of("audit", "--no-config", "--include", "privileged-container", "-o", "json", f.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("\"suppressed\": 1").contains("\"reason\": \"node debugging pod\"").contains("\"source\": \"annotation\"");
  }

  @Test
  void configFileExemptionAndUnknownRuleWarning() throws IOException {
    Path f = write("pod.yaml", PRIVILEGED_POD);
    Path config = write("cfg.yaml", """
        rules:
          no-such-rule: off
        exemptions:
          - rules: [privileged-container]
            name: debug
            reason: break-glass pod
        """);
    CliRun run = CliRun.of("audit", "--config", config.toString(), "--include", "privileged-container", f.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains("cfg.yaml:2").contains("unknown rule \"no-such-rule\"");
    assertThat(run.out()).contains("(1 suppressed)");
  }

  @Test
  void brokenConfigIsAUsageErrorWithFileAndLine() throws IOException {
    Path f = write("pod.yaml", PRIVILEGED_POD);
    Path config = write("cfg.yaml", "rules: {}\nexemption:\n  - rules: [x]\n");
    CliRun run = CliRun.of("audit", "--config", config.toString(), f.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("cfg.yaml:2").contains("unknown key \"exemption\"").doesNotContain("Exception");
  }

  @Test
  void usageErrorsExitTwoWithOneLine() throws IOException {
    Path f = write("pod.yaml", PRIVILEGED_POD);
    assertThat(CliRun.of("audit").exitCode()).isEqualTo(ExitCode.USAGE);
    CliRun badSeverity = CliRun.of("audit", "--fail-on", "bogus", f.toString());
    assertThat(badSeverity.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(badSeverity.err()).contains("--fail-on bogus");
    assertThat(CliRun.of("audit", "--include", "no-such-rule", f.toString()).err()).contains("no such rule");
    assertThat(CliRun.of("audit", "--kubernetes-version", "latest", f.toString()).exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(CliRun.of("audit", "-o", "xml", f.toString()).err()).contains("unknown format \"xml\"");
    assertThat(CliRun.of("bogus-command").exitCode()).isEqualTo(ExitCode.USAGE);
  }

  @Test
  void unreadableInputExitsFourAndTheRestIsStillAudited() throws IOException {
    write("good.yaml", PRIVILEGED_POD);
    write("broken.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n   bad: indent\n");
    CliRun run = CliRun.of("audit", "--no-config", "--include", "privileged-container", dir.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERRORS);
    assertThat(run.out()).contains("Pod/debug").contains("Input errors (1)").contains("broken.yaml:5");
    assertThat(run.out() + run.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void missingFileIsAnInputError() {
    CliRun run = CliRun.of("audit", "--no-config", dir.resolve("nope.yaml").toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERRORS);
    assertThat(run.out()).contains("nope.yaml: no such file or folder");
  }

  @Test
  void emptyInputSaysSo() throws IOException {
    write("empty.yaml", "# nothing here\n");
    CliRun run = CliRun.of("audit", "--no-config", dir.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains("no Kubernetes objects found");
    assertThat(run.out()).contains("no score (nothing was evaluated)");
  }

  @Test
  void outputIsIdenticalForOneAndManyThreads() throws IOException {
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      many.append(PRIVILEGED_POD.replace("name: debug", "name: debug-" + i)).append("---\n");
    }
    Path f = write("many.yaml", many.toString());
    CliRun one = CliRun.of("audit", "--no-config", "-o", "json", "--threads", "1", f.toString());
    CliRun four = CliRun.of("audit", "--no-config", "-o", "json", "--threads", "4", f.toString());
    assertThat(four.out()).isEqualTo(one.out());
  }

  @Test
  void failOnNoneInTheConfigNeverFails() throws IOException {
    Path f = write("pod.yaml", PRIVILEGED_POD);
    Path config = write("cfg.yaml", "failOn: none\n");
    assertThat(CliRun.of("audit", "--config", config.toString(), f.toString()).exitCode()).isZero();
  }

  @Test
  void contradictoryOrImpossibleRequestsAreUsageErrors() throws IOException {
    Path f = write("pod.yaml", PRIVILEGED_POD);
    assertThat(CliRun.withStdin(PRIVILEGED_POD, "audit", "--no-config", "-", "-").err()).contains("only once");
    assertThat(CliRun.of("audit", "--no-config", "--threads", "0", f.toString()).exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(CliRun.of("audit", "--no-config", "--config", f.toString(), f.toString()).err()).contains("contradict");
    CliRun tooEarly = CliRun.of("audit", "--no-config", "--date", "2020-01-01", f.toString());
    assertThat(tooEarly.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(tooEarly.err()).contains("before the bundled EKS calendar");
    assertThat(CliRun.of("audit", "--no-config", "--date", "2020-01-01", "--kubernetes-version", "1.17", f.toString()).err())
        .contains("not in the bundled EKS calendar");
  }

  @Test
  void formatNamesAreCaseInsensitive() throws IOException {
    Path f = write("pod.yaml", PRIVILEGED_POD);
    assertThat(CliRun.of("audit", "--no-config", "-o", "JSON", f.toString()).out()).startsWith("{");
  }

  @Test
  void aRepositoryFolderWithNonKubernetesYamlAuditsCleanly() throws IOException {
    write("k8s/cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x, namespace: apps}\n");
    write("docker-compose.yml", "version: '3'\nservices:\n  web: {image: nginx}\n");
    write("package.json", "{\"name\": \"x\"}\n");
    CliRun run = CliRun.of("audit", "--no-config", dir.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("not a Kubernetes manifest").doesNotContain("Input errors");
  }

  @Test
  void emptyStandardInputFailsTheRun() {
    CliRun run = CliRun.withStdin("", "audit", "--no-config", "-");
    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERRORS);
    assertThat(run.out()).contains("standard input is empty");
  }
}
