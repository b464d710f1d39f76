package dev.seaworthy.iac.terraform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.seaworthy.core.load.InputError;
import dev.seaworthy.core.load.LoadLimits;
import dev.seaworthy.core.load.LoadedInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken Terraform: each file gives exactly one input error with its position, never a crash or a hang. */
class HostileCorpusTest {

  private static final Path HOSTILE = Tf.CORPUS.resolve("hostile");

  /** File, then the line and a fragment of the reason of its one error. */
  private static final Map<String, Object[]> EXPECTED = Map.ofEntries(
      Map.entry("unterminated-string.tf", new Object[] {2, "unterminated string"}),
      Map.entry("heredoc-without-end.tf", new Object[] {2, "unterminated heredoc"}),
      Map.entry("unbalanced-braces.tf", new Object[] {6, "missing }"}),
      Map.entry("extra-closing-brace.tf", new Object[] {4, "unexpected }"}),
      Map.entry("deep-nesting.tf", new Object[] {2, "nested deeper than"}),
      Map.entry("deep-objects.tf", new Object[] {2, "nested deeper than"}),
      Map.entry("binary.tf", new Object[] {4, "binary file"}),
      Map.entry("invalid-utf8.tf", new Object[] {2, "not valid UTF-8"}),
      Map.entry("interpolation-never-closed.tf", new Object[] {2, "expected } to close the ${"}),
      Map.entry("attribute-redefined.tf", new Object[] {4, "attribute \"name\" is already defined at line 2"}),
      Map.entry("block-missing-brace.tf", new Object[] {1, "has no opening {"}),
      Map.entry("bad-escape.tf", new Object[] {2, "invalid escape sequence \\x"}),
      Map.entry("unterminated-comment.tf", new Object[] {4, "unterminated /* comment"}),
      Map.entry("single-quotes.tf", new Object[] {2, "double quotes"}),
      Map.entry("directive-without-endif.tf", new Object[] {2, "missing %{ endif }"}),
      Map.entry("resource-one-label.tf", new Object[] {1, "a resource block takes 2 labels, not 1"}),
      Map.entry("unexpected-character.tf", new Object[] {2, "unexpected character '@'"}),
      Map.entry("unclosed-list.tf", new Object[] {3, "expected , or ]"}));

  private static LoadedInput load(Path file) {
    return assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Tf.load(file.toString()), "hang guard");
  }

  @Test
  void eachBrokenFileGivesOnePositionedError() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(HOSTILE)) {
      files = s.sorted().toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(12);
    assertThat(files.stream().map(p -> p.getFileName().toString()).toList()).containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
    for (Path f : files) {
      LoadedInput in = load(f);
      Object[] expected = EXPECTED.get(f.getFileName().toString());
      assertThat(in.errors()).as(f.toString()).hasSize(1);
      InputError e = in.errors().get(0);
      assertThat(e.position().file()).isEqualTo(f.toString());
      assertThat(e.position().line()).as(f + ": " + e).isEqualTo(expected[0]);
      assertThat(e.reason()).as(f.toString()).contains((String) expected[1]).doesNotContain("\n").doesNotContain("Exception");
      assertThat(e.toString()).startsWith(f + ":" + expected[0] + ": ");
    }
  }

  @Test
  void theWholeFolderStillLoadsEveryOtherFile(@TempDir Path tmp) throws IOException {
    for (Path f : Files.list(HOSTILE).toList()) {
      Files.copy(f, tmp.resolve(f.getFileName()));
    }
    Files.writeString(tmp.resolve("fine.tf"), "resource \"aws_kms_key\" \"k\" {\n  enable_key_rotation = true\n}\n");
    LoadedInput in = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Tf.load(tmp.toString()), "hang guard");
    assertThat(in.errors()).hasSize(EXPECTED.size());
    assertThat(in.resources()).extracting(r -> r.name()).contains("aws_kms_key.k");
  }

  @Test
  void aFileOverTheSizeLimitIsNotRead(@TempDir Path tmp) throws IOException {
    Path huge = tmp.resolve("huge.tf");
    StringBuilder sb = new StringBuilder();
    while (sb.length() < 300_000) {
      sb.append("locals {\n  a").append(sb.length()).append(" = \"").append("x".repeat(100)).append("\"\n}\n");
    }
    Files.writeString(huge, sb);
    LoadLimits small = new LoadLimits(256 << 10, 128 << 10, 500, 100, 100_000);
    LoadedInput in = Tf.loader(small, "").load(List.of(huge.toString()));
    assertThat(in.errors()).singleElement().satisfies(e -> assertThat(e.reason()).contains("file is larger than 256 KiB"));
    LoadLimits roomy = new LoadLimits(1 << 20, 128 << 10, 500, 100, 100_000);
    assertThat(Tf.loader(roomy, "").load(List.of(huge.toString())).errors())
        .singleElement().satisfies(e -> assertThat(e.reason()).contains("larger than"));
  }

  @Test
  void aLargeValidFileLoads(@TempDir Path tmp) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 5_000; i++) {
      sb.append("resource \"aws_eks_node_group\" \"g").append(i).append("\" {\n  min_size = ").append(i)
          .append("\n  tags = merge(local.tags, { n = \"${local.prefix}-").append(i).append("\" })\n}\n");
    }
    sb.append("locals {\n  prefix = \"p\"\n  tags = { a = 1 }\n}\n");
    Path big = tmp.resolve("big.tf");
    Files.writeString(big, sb);
    LoadedInput in = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Tf.load(big.toString()), "hang guard");
    assertThat(in.errors()).isEmpty();
    assertThat(in.resources()).hasSize(5_000);
    assertThat(Tf.resource(in, "aws_eks_node_group.g4999").node().at("tags", "n").text()).contains("p-4999");
  }

  @Test
  void exponentialLocalsEndUnknownNotOutOfMemory(@TempDir Path tmp) throws IOException {
    StringBuilder sb = new StringBuilder("locals {\n  l0 = [\"x\", \"y\"]\n");
    for (int i = 1; i <= 60; i++) {
      sb.append("  l").append(i).append(" = [local.l").append(i - 1).append(", local.l").append(i - 1).append("]\n");
    }
    sb.append("}\nresource \"a\" \"b\" {\n  v = local.l60\n  t = \"${local.l0[0]}\"\n}\n");
    Files.writeString(tmp.resolve("bomb.tf"), sb);
    LoadedInput in = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Tf.load(tmp.toString()), "hang guard");
    assertThat(in.errors()).isEmpty();
    assertThat(((dev.seaworthy.core.model.ScalarNode) Tf.resource(in, "a.b").node().at("v")).type())
        .isEqualTo(dev.seaworthy.core.model.ScalarType.EXPRESSION);
    assertThat(Tf.resource(in, "a.b").node().at("v").text()).contains("local.l60");
    assertThat(in.notices()).anyMatch(n -> n.message().contains("work limit"));
  }
}
