package dev.seaworthy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.seaworthy.core.rule.RuleMeta;
import dev.seaworthy.report.docs.RuleDocs;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed rule docs (docs/rules) are what the catalog generates: this is the drift check CI runs
 * with {@code ./mvnw verify}. After adding or changing a rule, regenerate them with the command in the
 * failure message.
 */
class RuleDocsTest {

  private static final Path COMMITTED = Path.of("..", "docs", "rules");

  @Test
  void committedRuleDocsAreUpToDate() {
    RuleDocs.Drift drift = RuleDocs.check(COMMITTED, RuleDocs.generate(RulesCommand.catalog()));
    if (!drift.isEmpty()) {
      fail("docs/rules is out of date: run `" + RuleDocs.REGENERATE + "`\n"
          + "(after building the jar: ./mvnw -B -q package -DskipTests)\n" + drift.describe());
    }
  }

  @Test
  void explainPrintsTheCommittedPageOfEveryRule() {
    for (RuleMeta m : RulesCommand.catalog()) {
      CliRun run = CliRun.of("rules", "explain", m.id());
      assertThat(run.exitCode()).isZero();
      assertThat(RuleDocs.MARKER + "\n\n" + run.out()).as(m.id()).isEqualTo(RuleDocs.page(m));
    }
  }

  @Test
  void docsCommandWritesChecksAndRemovesPagesOfRulesThatAreGone(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("rules");
    CliRun write = CliRun.of("rules", "docs", "--out", out.toString());
    assertThat(write.exitCode()).isZero();
    int files = RuleDocs.generate(RulesCommand.catalog()).size();
    assertThat(write.out()).contains("Wrote " + files + " of " + files + " files");
    assertThat(out.resolve("README.md")).exists();
    assertThat(out.resolve("privileged-container.md")).exists();
    assertThat(CliRun.of("rules", "docs", "--out", out.toString(), "--check").exitCode()).isZero();

    Files.writeString(out.resolve("privileged-container.md"), "edited by hand\n");
    Files.writeString(out.resolve("removed-rule.md"), RuleDocs.MARKER + "\n\nold page\n");
    CliRun check = CliRun.of("rules", "docs", "--out", out.toString(), "--check");
    assertThat(check.exitCode()).isEqualTo(ExitCode.FINDINGS);
    assertThat(check.err()).contains("is out of date: run `bin/seaworthy rules docs --out docs/rules`")
        .contains("privileged-container.md").contains("removed-rule.md");

    CliRun again = CliRun.of("rules", "docs", "--out", out.toString());
    assertThat(again.exitCode()).isZero();
    assertThat(again.out()).contains("Wrote 1 of").contains("deleted removed-rule.md");
    assertThat(out.resolve("removed-rule.md")).doesNotExist();
    assertThat(CliRun.of("rules", "docs", "--out", out.toString(), "--check").exitCode()).isZero();
  }

  @Test
  void docsNeedsAnOutputFolder() {
    assertThat(CliRun.of("rules", "docs").exitCode()).isEqualTo(ExitCode.USAGE);
  }
}
