package dev.seaworthy.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile-input corpus in {@code testdata/hostile}: every hostile file gives exactly one input
 * error with its file, its line and a one-line reason, and every valid document beside it still
 * loads. Runs with the default JVM stack.
 */
class HostileCorpusTest {

  static final Path CORPUS = Path.of("../testdata/hostile");

  /** One file of the corpus and what loading it must give. */
  record Expectation(String file, int line, String reasonFragment, List<String> resources) {
    @Override
    public String toString() {
      return file;
    }
  }

  static Stream<Expectation> corpus() {
    return Stream.of(
        new Expectation("billion-laughs.yaml", 13, "alias bomb", List.of("ConfigMap/after-the-bomb")),
        new Expectation("binary.yaml", 3, "binary file", List.of()),
        new Expectation("deep-block.yaml", 506, "nesting deeper than 500 levels", List.of("ConfigMap/after-deep-block")),
        new Expectation("deep-nesting.yaml", 7, "nesting deeper than 500 levels", List.of("ConfigMap/after-deep-flow")),
        new Expectation(
            "duplicate-key.yaml", 14, "duplicate key \"name\" (first at line 12)", List.of("ConfigMap/first", "ConfigMap/third")),
        new Expectation("helm-template.yaml", 7, "helm template", List.of()),
        new Expectation("invalid-utf8.yaml", 3, "not valid UTF-8", List.of()),
        new Expectation("list-document.yaml", 2, "document is a list", List.of()),
        new Expectation("no-kind.yaml", 2, "no apiVersion and kind", List.of()),
        new Expectation("recursive-alias.yaml", 6, "alias *self", List.of("ConfigMap/after-the-loop")),
        new Expectation("scalar-document.yaml", 7, "document is a scalar", List.of("ConfigMap/before-the-scalar")),
        new Expectation("syntax-error.yaml", 10, "YAML syntax error", List.of("ConfigMap/first", "ConfigMap/last")));
  }

  private static LoadedInput load(String file) {
    return new ManifestLoader().load(List.of(CORPUS.resolve(file).toString()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void testHostileFile_givesExactlyOneErrorAndKeepsValidDocuments(Expectation e) {
    LoadedInput input = load(e.file);

    assertThat(input.errors()).as("errors of %s", e.file).hasSize(1);
    InputError error = input.errors().get(0);
    assertThat(error.position().file()).isEqualTo(CORPUS.resolve(e.file).toString());
    assertThat(error.position().line()).as("line of the error in %s: %s", e.file, error).isEqualTo(e.line);
    assertThat(error.position().column()).isPositive();
    assertThat(error.reason().toLowerCase(Locale.ROOT)).contains(e.reasonFragment.toLowerCase(Locale.ROOT));
    assertThat(error.reason()).doesNotContain("\n").doesNotContain("Exception").hasSizeLessThan(200);
    assertThat(input.resources()).extracting(Resource::ref).containsExactlyElementsOf(e.resources);
    assertThat(input.filesRead()).isEqualTo(1);
  }

  @Test
  void testValidFile_loadsTheDeploymentWithoutErrors() {
    LoadedInput input = load("valid.yaml");

    assertThat(input.errors()).isEmpty();
    assertThat(input.notices()).isEmpty();
    assertThat(input.resources()).singleElement().satisfies(r -> {
      assertThat(r.ref()).isEqualTo("Deployment/shop/web");
      assertThat(r.apiVersion()).isEqualTo("apps/v1");
      assertThat(r.node().at("spec", "replicas").asLong()).hasValue(3);
      assertThat(r.position().line()).isEqualTo(1);
    });
  }

  @Test
  void testWholeCorpusFolder_oneErrorPerHostileFileAndEveryValidDocument() {
    LoadedInput input = new ManifestLoader().load(List.of(CORPUS.toString()));

    List<String> hostile = corpus().map(Expectation::file).toList();
    assertThat(input.errors())
        .extracting(err -> Path.of(err.position().file()).getFileName().toString())
        .containsExactlyElementsOf(hostile);
    List<String> expectedResources =
        Stream.concat(corpus().flatMap(e -> e.resources.stream()), Stream.of("Deployment/shop/web")).sorted().toList();
    assertThat(input.resources()).extracting(Resource::ref).containsExactlyInAnyOrderElementsOf(expectedResources);
    assertThat(input.filesRead()).isEqualTo(hostile.size() + 1);
  }

  @Test
  void testCorpusReadme_listsEveryFileOfTheFolder() throws IOException {
    String readme = Files.readString(CORPUS.resolve("README.md"), StandardCharsets.UTF_8);
    try (Stream<Path> files = Files.list(CORPUS)) {
      files
          .map(p -> p.getFileName().toString())
          .filter(name -> !name.equals("README.md") && !name.startsWith("."))
          .forEach(name -> assertThat(readme).as("README.md mentions %s", name).contains("`" + name + "`"));
    }
    corpus().forEach(e -> assertThat(readme).contains("`" + e.file + "` | " + e.line + " |"));
  }

  @Test
  void testDeepFlowNesting_buildsIterativelyWhenTheLimitAllowsIt() {
    LoadLimits generous = new LoadLimits(LoadLimits.DEFAULTS.maxFileBytes(), LoadLimits.DEFAULTS.maxDocumentChars(), 20_000, 10_000, 2_000_000);
    LoadedInput input =
        new ManifestLoader(generous, () -> InputStreamOf.empty()).load(List.of(CORPUS.resolve("deep-nesting.yaml").toString()));

    assertThat(input.errors()).isEmpty();
    assertThat(input.resources()).hasSize(2);
    Node n = input.resources().get(0).node().at("data", "x");
    int depth = 0;
    while (n.isList()) {
      depth++;
      n = n.items().isEmpty() ? n.get("missing") : n.items().get(0);
    }
    assertThat(depth).isEqualTo(10_000);
    assertThat(input.resources().get(0).node().weight()).isGreaterThan(10_000);
  }

  @Test
  void testDeepBlockNesting_buildsIterativelyWhenTheLimitAllowsIt() {
    int levels = 2_000;
    StringBuilder sb = new StringBuilder("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: deep\ndata:\n");
    for (int i = 1; i <= levels; i++) {
      sb.append(" ".repeat(i)).append("k:");
      sb.append(i == levels ? " bottom\n" : "\n");
    }
    LoadLimits generous = new LoadLimits(LoadLimits.DEFAULTS.maxFileBytes(), LoadLimits.DEFAULTS.maxDocumentChars(), 5_000, 10_000, 2_000_000);

    assertThatCode(() -> {
      LoadedInput input = new ManifestLoader(generous, InputStreamOf::empty).loadText("deep.yaml", sb.toString());
      assertThat(input.errors()).isEmpty();
      Node n = input.resources().get(0).node().at("data");
      int depth = 0;
      while (n.isMap()) {
        depth++;
        n = n.get("k");
      }
      assertThat(depth).isEqualTo(levels);
      assertThat(n.textOr("")).isEqualTo("bottom");
    }).doesNotThrowAnyException();

    LoadedInput limited = new ManifestLoader().loadText("deep.yaml", sb.toString());
    assertThat(limited.errors()).singleElement().satisfies(err -> assertThat(err.reason()).contains("nesting deeper than 500"));
  }

  /** Stand-in for standard input in tests that never read it. */
  static final class InputStreamOf {
    static java.io.InputStream empty() {
      return new java.io.ByteArrayInputStream(new byte[0]);
    }
  }
}
