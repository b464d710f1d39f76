package dev.seaworthy.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Position;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every node knows where it was written: 1-based lines and columns, absolute in the file. */
class PositionsTest {

  private static final String POD =
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        containers:
          - name: a
            image: nginx:1.27
          - name: b
            image: busybox
            args: ["--x", '--y']
        volumes: []
      """;

  private static List<YamlDocument> read(String text) {
    return new YamlReader(LoadLimits.DEFAULTS).read("pod.yaml", text);
  }

  private static Node root(String text) {
    List<YamlDocument> docs = read(text);
    assertThat(docs).hasSize(1);
    return ((YamlDocument.Parsed) docs.get(0)).root();
  }

  @Test
  void testPositions_areOneBasedLineAndColumn() {
    Node root = root(POD);

    assertThat(root.position()).isEqualTo(Position.of("pod.yaml", 1, 1));
    assertThat(root.at("apiVersion").position()).isEqualTo(Position.of("pod.yaml", 1, 1));
    assertThat(root.at("kind").position()).isEqualTo(Position.of("pod.yaml", 2, 1));
  }

  @Test
  void testMapValue_isPositionedAtItsKey() {
    Node root = root(POD);

    assertThat(root.at("metadata").position()).isEqualTo(Position.of("pod.yaml", 3, 1));
    assertThat(root.at("metadata", "name").position()).isEqualTo(Position.of("pod.yaml", 4, 3));
    assertThat(root.at("spec", "containers").position()).isEqualTo(Position.of("pod.yaml", 6, 3));
    assertThat(root.at("spec", "containers", "0", "image").position()).isEqualTo(Position.of("pod.yaml", 8, 7));
    assertThat(root.at("spec", "volumes").position()).isEqualTo(Position.of("pod.yaml", 12, 3));
  }

  @Test
  void testListItems_arePositionedAtTheItem() {
    Node containers = root(POD).at("spec", "containers");

    assertThat(containers.items()).extracting(Node::position)
        .containsExactly(Position.of("pod.yaml", 7, 7), Position.of("pod.yaml", 9, 7));
    Node args = containers.at("1", "args");
    assertThat(args.position().line()).isEqualTo(11);
    assertThat(args.items()).extracting(Node::position)
        .containsExactly(Position.of("pod.yaml", 11, 14), Position.of("pod.yaml", 11, 21));
  }

  @Test
  void testPositionsAfterDocumentMarkers_areAbsoluteInTheFile() {
    String text = "# leading comment\n---\n" + POD + "---\n\n# second\n" + POD;

    List<YamlDocument> docs = read(text);

    assertThat(docs).hasSize(2).allMatch(d -> d instanceof YamlDocument.Parsed);
    Node first = ((YamlDocument.Parsed) docs.get(0)).root();
    Node second = ((YamlDocument.Parsed) docs.get(1)).root();
    assertThat(first.position().line()).isEqualTo(3);
    assertThat(first.at("metadata", "name").position().line()).isEqualTo(6);
    int secondStart = 2 + 12 + 1 + 2 + 1; // comment, ---, pod, ---, blank, comment
    assertThat(second.position()).isEqualTo(Position.of("pod.yaml", secondStart, 1));
    assertThat(second.at("spec", "containers", "1").position()).isEqualTo(Position.of("pod.yaml", secondStart + 8, 7));
  }

  @Test
  void testSyntaxErrorInALaterDocument_reportsTheAbsoluteLine() {
    String text = POD + "---\n" + "apiVersion: v1\nkind: ConfigMap\ndata:\n  a: 1\n b: 2\n";

    List<YamlDocument> docs = read(text);

    assertThat(docs).hasSize(2);
    assertThat(docs.get(1)).isInstanceOfSatisfying(YamlDocument.Failed.class, f -> {
      assertThat(f.error().position()).isEqualTo(Position.of("pod.yaml", 18, 2));
      assertThat(f.error().reason()).startsWith("YAML syntax error");
    });
  }

  @Test
  void testUnclosedBracket_pointsAtTheBracketNotAtTheNextDocument() {
    String text = POD + "---\n" + "apiVersion: v1\nkind: ConfigMap\ndata:\n  a: [1, 2\n\n---\n" + POD;

    List<YamlDocument> docs = read(text);

    assertThat(docs).hasSize(3);
    assertThat(docs.get(2)).isInstanceOf(YamlDocument.Parsed.class);
    assertThat(docs.get(1)).isInstanceOfSatisfying(YamlDocument.Failed.class, f -> {
      assertThat(f.error().position()).isEqualTo(Position.of("pod.yaml", 17, 6));
      assertThat(f.error().reason()).isEqualTo("YAML syntax error: expected ',' or ']', but got the end of the document");
    });
  }

  @Test
  void testUnclosedQuote_pointsAtTheQuote() {
    String text = "apiVersion: v1\nkind: ConfigMap\ndata:\n  a: \"open\n  b: c\n---\n" + POD;

    List<YamlDocument> docs = read(text);

    assertThat(docs).hasSize(2);
    assertThat(docs.get(0)).isInstanceOfSatisfying(YamlDocument.Failed.class, f ->
        assertThat(f.error().position().line()).isEqualTo(4));
  }

  @Test
  void testDocumentStartWithContentOnTheSameLine() {
    String text = POD + "--- {apiVersion: v1, kind: ConfigMap, metadata: {name: inline}}\n";

    List<YamlDocument> docs = read(text);

    Node second = ((YamlDocument.Parsed) docs.get(1)).root();
    assertThat(second.at("metadata", "name").textOr("")).isEqualTo("inline");
    assertThat(second.position()).isEqualTo(Position.of("pod.yaml", 13, 5));
  }

  @Test
  void testBlockScalar_valueIsAtItsKeyAndKeepsItsText() {
    String text = "apiVersion: v1\nkind: ConfigMap\ndata:\n  script: |\n    echo one\n    echo two\n  after: x\n";

    Node root = root(text);

    assertThat(root.at("data", "script").position().line()).isEqualTo(4);
    assertThat(root.at("data", "script").textOr("")).isEqualTo("echo one\necho two\n");
    assertThat(root.at("data", "after").position().line()).isEqualTo(7);
  }

  @Test
  void testLiveObjectsWithoutPosition_printAsTheirFile() {
    assertThat(Position.NONE.isKnown()).isFalse();
    assertThat(Position.of("f.yaml", 3, 2)).hasToString("f.yaml:3:2");
    assertThat(Position.of("f.yaml", 0, 0)).hasToString("f.yaml");
    assertThat(Position.of("a.yaml", 9, 1)).isLessThan(Position.of("a.yaml", 10, 1)).isLessThan(Position.of("b.yaml", 1, 1));
  }
}
