package dev.seaworthy.report.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.core.rule.RuleMeta;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.report.RuleCatalogWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleDocsTest {

  private static RuleMeta rule(String id, Category category, boolean on, String title) {
    return new RuleMeta(id, title, Severity.HIGH, category, List.of(ChecklistItem.NETWORK_POLICIES),
        "Explains at length what the rule checks and why it matters.", "Fix it like this.",
        List.of("https://example.com/ref"), List.of("kube-linter:" + id), on, "kind: Pod\n", "kind: Pod\n");
  }

  private static final List<RuleMeta> RULES =
      List.of(rule("b-rule", Category.SECURITY, true, "B | with a pipe"), rule("a-rule", Category.NETWORK, false, "A"), rule("c-rule", Category.SECURITY, true, "C"));

  @Test
  void onePagePerRulePlusAnIndexEachStartingWithTheMarker() {
    SortedMap<String, String> files = RuleDocs.generate(RULES);
    assertThat(files.keySet()).containsExactly("README.md", "a-rule.md", "b-rule.md", "c-rule.md");
    assertThat(files.values()).allSatisfy(c -> assertThat(c).startsWith(RuleDocs.MARKER + "\n"));
  }

  @Test
  void thePageIsExactlyWhatExplainPrintsAfterTheMarker() {
    RuleMeta m = RULES.get(0);
    assertThat(RuleDocs.page(m)).isEqualTo(RuleDocs.MARKER + "\n\n" + RuleCatalogWriter.explain(m));
    assertThat(RuleCatalogWriter.explain(m))
        .contains("## What it checks and why").contains("## How to fix").contains("## Example that is reported")
        .contains("## Fixed").contains("## References").contains("## Equivalent checks in other tools")
        .contains("- Severity: high").contains("- Category: Pod and container security").contains("- Default: on")
        .contains("- Guide checklist: 4. Configure network policies").contains("`kube-linter:b-rule`");
    assertThat(RuleCatalogWriter.explain(RULES.get(1))).contains("- Default: off (turn it on with `a-rule: on`");
  }

  @Test
  void theIndexGroupsByCategoryInCatalogOrderAndEscapesCells() {
    String index = RuleDocs.index(RULES);
    assertThat(index.indexOf("## Pod and container security (2)")).isLessThan(index.indexOf("## Network (1)"));
    assertThat(index.indexOf("[b-rule](b-rule.md)")).isLessThan(index.indexOf("[c-rule](c-rule.md)"));
    assertThat(index).contains("| [a-rule](a-rule.md) | high | off | A |").contains("B \\| with a pipe");
    assertThat(index).contains("3 rules, 2 of them on by default").contains(RuleDocs.REGENERATE);
  }

  @Test
  void checkFindsMissingOutdatedAndStaleFilesAndWriteFixesThem(@TempDir Path dir) throws Exception {
    SortedMap<String, String> expected = RuleDocs.generate(RULES);
    RuleDocs.Drift none = RuleDocs.check(dir.resolve("absent"), expected);
    assertThat(none.missing()).hasSize(4);

    RuleDocs.Written first = RuleDocs.write(dir, expected);
    assertThat(first.written()).hasSize(4);
    assertThat(RuleDocs.check(dir, expected).isEmpty()).isTrue();

    Files.writeString(dir.resolve("b-rule.md"), "edited by hand");
    Files.writeString(dir.resolve("gone-rule.md"), RuleDocs.MARKER + "\n\nold");
    Files.writeString(dir.resolve("notes.txt"), "mine");
    Files.delete(dir.resolve("c-rule.md"));
    RuleDocs.Drift drift = RuleDocs.check(dir, expected);
    assertThat(drift.missing()).containsExactly("c-rule.md");
    assertThat(drift.outdated()).containsExactly("b-rule.md");
    assertThat(drift.stale()).containsExactly("gone-rule.md", "notes.txt");
    assertThat(drift.describe()).contains("c-rule.md").contains("b-rule.md").contains("gone-rule.md");

    RuleDocs.Written second = RuleDocs.write(dir, expected);
    assertThat(second.written()).containsExactly("b-rule.md", "c-rule.md");
    assertThat(second.deleted()).containsExactly("gone-rule.md");
    assertThat(second.foreign()).containsExactly("notes.txt");
    assertThat(RuleDocs.check(dir, expected).stale()).containsExactly("notes.txt");
  }
}
