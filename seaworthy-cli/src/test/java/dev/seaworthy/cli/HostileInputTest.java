package dev.seaworthy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The hostile-input corpus through the CLI: one clear error per file, exit 4, the rest audited. */
class HostileInputTest {

  private static final Path CORPUS = Path.of("..", "testdata", "hostile");

  @Test
  void everyHostileFileIsOneErrorAndTheValidFileIsStillAudited() throws IOException {
    CliRun run = CliRun.of("audit", "--no-config", "-o", "json", "--fail-on", "none", CORPUS.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERRORS);
    assertThat(run.out() + run.err()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("StackOverflow");
    List<String> hostile;
    try (Stream<Path> files = Files.list(CORPUS)) {
      hostile = files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".yaml") && !n.startsWith("valid"))
          .sorted()
          .toList();
    }
    assertThat(hostile).isNotEmpty();
    for (String name : hostile) {
      assertThat(run.out()).as(name + " reports an error with its file").contains("\"file\": \"" + CORPUS.resolve(name) + "\"");
    }
    assertThat(run.out()).contains("\"kind\": \"Deployment\"");
  }

  @Test
  void textOutputListsEachErrorOnOneLineWithFileAndLine() {
    CliRun run = CliRun.of("audit", "--no-config", "--fail-on", "none", CORPUS.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERRORS);
    String errors = run.out().substring(run.out().indexOf("Input errors"));
    for (String line : errors.lines().skip(1).takeWhile(l -> !l.isBlank()).toList()) {
      assertThat(line).matches("  \\.\\./testdata/hostile/[^:]+(:\\d+)?: .+");
    }
  }
}
