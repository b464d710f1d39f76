package dev.seaworthy.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.model.Resource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestLoaderTest {

  @TempDir Path tmp;

  private static String configMap(String name) {
    return "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: " + name + "\n";
  }

  private static Path write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static Path write(Path file, byte[] bytes) throws IOException {
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
    return file;
  }

  private static Supplier<InputStream> stdin(String text) {
    return () -> new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> names(LoadedInput input) {
    return input.resources().stream().map(Resource::name).toList();
  }

  // --- folders -------------------------------------------------------------------------------

  @Test
  void testFolder_recursesReadsOnlyManifestExtensionsInSortedOrder() throws IOException {
    Path root = tmp.resolve("manifests");
    write(root.resolve("b.yaml"), configMap("b"));
    write(root.resolve("a.yml"), configMap("a"));
    write(root.resolve("sub/c.json"), "{\"apiVersion\": \"v1\", \"kind\": \"ConfigMap\", \"metadata\": {\"name\": \"c\"}}");
    write(root.resolve("sub/deeper/d.yaml"), configMap("d"));
    write(root.resolve("UPPER.YAML"), configMap("upper"));
    write(root.resolve("notes.txt"), configMap("txt"));
    write(root.resolve("README.md"), configMap("md"));
    write(root.resolve("kustomization.yaml.bak"), configMap("bak"));

    LoadedInput input = new ManifestLoader().load(List.of(root.toString()));

    assertThat(input.errors()).isEmpty();
    assertThat(names(input)).containsExactly("upper", "a", "b", "c", "d");
    assertThat(input.filesRead()).isEqualTo(5);
    assertThat(input.resources().get(3).position().file()).isEqualTo(root + "/sub/c.json");
    // deterministic: the same folder gives the same order every time
    assertThat(names(new ManifestLoader().load(List.of(root.toString())))).isEqualTo(names(input));
  }

  @Test
  void testFolder_skipsHiddenFoldersAndHiddenFiles() throws IOException {
    Path root = tmp.resolve("repo");
    write(root.resolve("app.yaml"), configMap("app"));
    write(root.resolve(".git/config.yaml"), configMap("git"));
    write(root.resolve(".github/workflows/ci.yaml"), "on: push\njobs: {}\n");
    write(root.resolve("env/.hidden/secret.yaml"), configMap("hidden"));
    write(root.resolve(".editor.yaml"), configMap("dotfile"));

    LoadedInput input = new ManifestLoader().load(List.of(root.toString()));

    assertThat(input.errors()).isEmpty();
    assertThat(names(input)).containsExactly("app");
  }

  @Test
  void testFolder_chartYamlGivesANoticeAndSkipsTheWholeChart() throws IOException {
    Path root = tmp.resolve("deploy");
    write(root.resolve("plain.yaml"), configMap("plain"));
    write(root.resolve("chart/Chart.yaml"), "apiVersion: v2\nname: web\nversion: 0.1.0\n");
    write(root.resolve("chart/values.yaml"), "replicaCount: 2\n");
    write(root.resolve("chart/templates/deployment.yaml"), "apiVersion: apps/v1\nkind: Deployment\nspec:\n  replicas: {{ .Values.replicaCount }}\n");
    write(root.resolve("chart/charts/sub/Chart.yaml"), "apiVersion: v2\nname: sub\nversion: 0.1.0\n");
    write(root.resolve("chart/charts/sub/templates/cm.yaml"), configMap("{{ .Release.Name }}"));

    LoadedInput input = new ManifestLoader().load(List.of(root.toString()));

    assertThat(input.errors()).isEmpty();
    assertThat(names(input)).containsExactly("plain");
    assertThat(input.notices()).hasSize(2);
    assertThat(input.notices().get(0).position().file()).isEqualTo(root + "/chart/Chart.yaml");
    assertThat(input.notices().get(0).message()).contains("Helm chart").contains("helm template");
  }

  @Test
  void testFolder_withTrailingSlashShowsNoDoubleSlash() throws IOException {
    Path root = tmp.resolve("dot");
    write(root.resolve("x/app.yaml"), configMap("app"));

    LoadedInput input = new ManifestLoader().load(List.of(root + "/"));

    assertThat(input.resources()).singleElement().satisfies(r -> assertThat(r.position().file()).isEqualTo(root + "/x/app.yaml"));
  }

  // --- files and stdin ------------------------------------------------------------------------

  @Test
  void testMissingFile_isOneInputErrorAndTheOtherArgumentsStillLoad() throws IOException {
    Path good = write(tmp.resolve("good.yaml"), configMap("good"));
    String missing = tmp.resolve("nope.yaml").toString();

    LoadedInput input = new ManifestLoader().load(List.of(missing, good.toString()));

    assertThat(input.errors()).singleElement().satisfies(e -> {
      assertThat(e.position().file()).isEqualTo(missing);
      assertThat(e.reason()).isEqualTo("no such file or folder");
    });
    assertThat(names(input)).containsExactly("good");
  }

  @Test
  void testStdin_readsThroughTheSupplierAndNamesItStdin() throws IOException {
    Path file = write(tmp.resolve("file.yaml"), configMap("from-file"));
    AtomicInteger opened = new AtomicInteger();
    Supplier<InputStream> in = () -> {
      opened.incrementAndGet();
      return new ByteArrayInputStream((configMap("from-stdin") + "---\n" + configMap("second")).getBytes(StandardCharsets.UTF_8));
    };

    LoadedInput input = new ManifestLoader(LoadLimits.DEFAULTS, in).load(List.of(file.toString(), "-"));

    assertThat(opened).hasValue(1);
    assertThat(input.errors()).isEmpty();
    assertThat(names(input)).containsExactly("from-file", "from-stdin", "second");
    assertThat(input.resources().get(1).position().file()).isEqualTo("<stdin>");
    assertThat(input.resources().get(2).position().line()).isEqualTo(6);
    assertThat(input.filesRead()).isEqualTo(2);
  }

  @Test
  void testStdin_notUsedUnlessDashIsGiven() throws IOException {
    Path file = write(tmp.resolve("only.yaml"), configMap("only"));
    Supplier<InputStream> in = () -> {
      throw new AssertionError("stdin must not be opened");
    };

    assertThat(names(new ManifestLoader(LoadLimits.DEFAULTS, in).load(List.of(file.toString())))).containsExactly("only");
  }

  @Test
  void testStdin_binaryInputIsAnError() {
    Supplier<InputStream> in = () -> new ByteArrayInputStream(new byte[] {'a', ':', 0, 1, 2});

    LoadedInput input = new ManifestLoader(LoadLimits.DEFAULTS, in).load(List.of("-"));

    assertThat(input.errors()).singleElement().satisfies(e -> {
      assertThat(e.position().file()).isEqualTo("<stdin>");
      assertThat(e.reason()).contains("binary");
    });
  }

  // --- lists ----------------------------------------------------------------------------------

  @Test
  void testKindList_isFlattenedIntoItsItems() {
    String text =
        """
        apiVersion: v1
        kind: List
        metadata:
          resourceVersion: ""
        items:
          - apiVersion: v1
            kind: ConfigMap
            metadata:
              name: one
          - apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: two
              namespace: web
        """;

    LoadedInput input = new ManifestLoader().loadText("list.yaml", text);

    assertThat(input.errors()).isEmpty();
    assertThat(input.resources()).extracting(Resource::ref).containsExactly("ConfigMap/one", "Deployment/web/two");
    assertThat(input.resources()).extracting(r -> r.position().line()).containsExactly(6, 10);
  }

  @Test
  void testTypedPodListFromTheApi_itemsWithoutApiVersionAndKindAreInferred() {
    String json =
        """
        {"apiVersion": "v1", "kind": "PodList", "metadata": {"resourceVersion": "12345"},
         "items": [
          {"metadata": {"name": "web-1", "namespace": "shop"}, "spec": {"containers": [{"name": "web", "image": "nginx"}]}},
          {"metadata": {"name": "web-2", "namespace": "shop"}, "spec": {"containers": [{"name": "web", "image": "nginx"}]}}
         ]}
        """;

    LoadedInput input = new ManifestLoader().loadText("pods.json", json);

    assertThat(input.errors()).isEmpty();
    assertThat(input.resources()).hasSize(2).allSatisfy(r -> {
      assertThat(r.kind()).isEqualTo("Pod");
      assertThat(r.apiVersion()).isEqualTo("v1");
      assertThat(r.namespace()).isEqualTo("shop");
    });
    assertThat(input.resources()).extracting(Resource::name).containsExactly("web-1", "web-2");
    assertThat(input.resources().get(1).position().line()).isEqualTo(4);
  }

  @Test
  void testTypedDeploymentList_keepsItemsThatNameTheirOwnKind() {
    String text =
        """
        apiVersion: apps/v1
        kind: DeploymentList
        items:
          - metadata: {name: implicit}
          - apiVersion: apps/v1
            kind: Deployment
            metadata: {name: explicit}
        """;

    LoadedInput input = new ManifestLoader().loadText("deployments.yaml", text);

    assertThat(input.errors()).isEmpty();
    assertThat(input.resources()).extracting(Resource::ref).containsExactly("Deployment/implicit", "Deployment/explicit");
    assertThat(input.resources()).extracting(Resource::apiVersion).containsOnly("apps/v1");
  }

  @Test
  void testCustomResourceNamedSomethingList_withMetadataNameIsNotFlattened() {
    String text =
        """
        apiVersion: policy.example.com/v1
        kind: AllowList
        metadata:
          name: corporate
        items:
          - 10.0.0.0/8
          - 192.168.0.0/16
        """;

    LoadedInput input = new ManifestLoader().loadText("allow.yaml", text);

    assertThat(input.errors()).isEmpty();
    assertThat(input.resources()).singleElement().satisfies(r -> {
      assertThat(r.ref()).isEqualTo("AllowList/corporate");
      assertThat(r.node().at("items").items()).hasSize(2);
    });
  }

  @Test
  void testListInsideList_isAnError() {
    String text =
        """
        apiVersion: v1
        kind: List
        items:
          - apiVersion: v1
            kind: List
            items:
              - apiVersion: v1
                kind: ConfigMap
                metadata: {name: nested}
          - apiVersion: v1
            kind: ConfigMap
            metadata: {name: fine}
        """;

    LoadedInput input = new ManifestLoader().loadText("nested.yaml", text);

    assertThat(input.errors()).singleElement().satisfies(e -> {
      assertThat(e.position().line()).isEqualTo(4);
      assertThat(e.reason()).contains("List inside a List");
    });
    assertThat(names(input)).containsExactly("fine");
  }

  // --- encodings and syntax variants ----------------------------------------------------------

  @Test
  void testJsonWithTabs_likeKubectlGetOutput() {
    String json =
        "{\n"
            + "\t\"apiVersion\": \"v1\",\n"
            + "\t\"kind\": \"List\",\n"
            + "\t\"items\": [\n"
            + "\t\t{\n"
            + "\t\t\t\"apiVersion\": \"v1\",\n"
            + "\t\t\t\"kind\": \"ConfigMap\",\n"
            + "\t\t\t\"metadata\": {\"name\": \"tabbed\",\t\"namespace\": \"ns\"},\n"
            + "\t\t\t\"data\": {\"script\": \"a\\tb\", \"quote\": \"it's \\\"x\\\"\"}\n"
            + "\t\t}\n"
            + "\t]\n"
            + "}\n";

    LoadedInput input = new ManifestLoader().loadText("get.json", json);

    assertThat(input.errors()).isEmpty();
    assertThat(input.resources()).singleElement().satisfies(r -> {
      assertThat(r.ref()).isEqualTo("ConfigMap/ns/tabbed");
      assertThat(r.node().at("data", "script").textOr("")).isEqualTo("a\tb");
      assertThat(r.node().at("data", "quote").textOr("")).isEqualTo("it's \"x\"");
      assertThat(r.position().line()).isEqualTo(5);
      assertThat(r.node().at("metadata", "name").position().line()).isEqualTo(8);
    });
  }

  @Test
  void testJsonFile_withTabsLoadsFromDisk() throws IOException {
    Path file = write(tmp.resolve("cm.json"), "{\n\t\"apiVersion\": \"v1\",\n\t\"kind\": \"ConfigMap\",\n\t\"metadata\": {\n\t\t\"name\": \"x\"\n\t}\n}\n");

    LoadedInput input = new ManifestLoader().load(List.of(file.toString()));

    assertThat(input.errors()).isEmpty();
    assertThat(names(input)).containsExactly("x");
  }

  @Test
  void testUtf8Bom_isDroppedAndPositionsStayOneBased() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    bytes.write(configMap("bom").getBytes(StandardCharsets.UTF_8));
    Path file = write(tmp.resolve("bom.yaml"), bytes.toByteArray());

    LoadedInput input = new ManifestLoader().load(List.of(file.toString()));

    assertThat(input.errors()).isEmpty();
    assertThat(input.resources()).singleElement().satisfies(r -> {
      assertThat(r.apiVersion()).isEqualTo("v1");
      assertThat(r.name()).isEqualTo("bom");
      assertThat(r.position().line()).isEqualTo(1);
      assertThat(r.position().column()).isEqualTo(1);
    });
  }

  @Test
  void testUtf16WithBom_bigAndLittleEndianBothLoad() throws IOException {
    String text = configMap("caf\u00e9") + "data:\n  greeting: \"\u3053\u3093\u306b\u3061\u306f\"\n";
    Path be = write(tmp.resolve("be.yaml"), text.getBytes(StandardCharsets.UTF_16)); // Java writes a big-endian BOM
    ByteArrayOutputStream le = new ByteArrayOutputStream();
    le.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
    le.write(text.getBytes(StandardCharsets.UTF_16LE));
    Path lePath = write(tmp.resolve("le.yaml"), le.toByteArray());

    for (Path file : List.of(be, lePath)) {
      LoadedInput input = new ManifestLoader().load(List.of(file.toString()));
      assertThat(input.errors()).as(file.toString()).isEmpty();
      assertThat(input.resources()).singleElement().satisfies(r -> {
        assertThat(r.name()).isEqualTo("caf\u00e9");
        assertThat(r.node().at("data", "greeting").textOr("")).isEqualTo("\u3053\u3093\u306b\u3061\u306f");
        assertThat(r.node().at("data", "greeting").position().line()).isEqualTo(6);
      });
    }
  }

  @Test
  void testInvalidUtf16_reportsTheLineOfTheBadUnit() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
    bytes.write("a: 1\nb: 2\nc: ".getBytes(StandardCharsets.UTF_16LE));
    bytes.write(new byte[] {0x00, (byte) 0xDC}); // a lone low surrogate
    bytes.write("\n".getBytes(StandardCharsets.UTF_16LE));
    Path file = write(tmp.resolve("bad16.yaml"), bytes.toByteArray());

    LoadedInput input = new ManifestLoader().load(List.of(file.toString()));

    assertThat(input.errors()).singleElement().satisfies(e -> {
      assertThat(e.reason()).contains("not valid UTF-16");
      assertThat(e.position().line()).isEqualTo(3);
    });
  }

  @Test
  void testYamlDirective_beforeTheFirstDocumentMarker() {
    String text = "%YAML 1.2\n---\n" + configMap("directive") + "---\n" + configMap("second");

    LoadedInput input = new ManifestLoader().loadText("directive.yaml", text);

    assertThat(input.errors()).isEmpty();
    assertThat(names(input)).containsExactly("directive", "second");
    assertThat(input.resources().get(0).position().line()).isEqualTo(3);
    assertThat(input.resources().get(1).position().line()).isEqualTo(8);
  }

  @Test
  void testYamlDirective_onEveryDocumentOfAStream() {
    String text = "%YAML 1.1\n---\n" + configMap("one") + "...\n%YAML 1.1\n---\n" + configMap("two");

    LoadedInput input = new ManifestLoader().loadText("directives.yaml", text);

    assertThat(input.errors()).isEmpty();
    assertThat(names(input)).containsExactly("one", "two");
    assertThat(input.resources().get(1).position().line()).isEqualTo(10);
    assertThat(input.resources().get(1).node().at("metadata", "name").position().line()).isEqualTo(13);
  }

  @Test
  void testMergeKeys_yaml11MergeWithExplicitKeysWinning() {
    String text =
        """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          labels: &labels
            app: web
            tier: front
        spec:
          selector:
            matchLabels:
              <<: *labels
              tier: back
          template:
            metadata:
              labels:
                <<: [*labels, {team: shop, app: ignored}]
                version: v2
        """;

    LoadedInput input = new ManifestLoader().loadText("merge.yaml", text);

    assertThat(input.errors()).isEmpty();
    Resource r = input.resources().get(0);
    assertThat(r.node().at("spec", "selector", "matchLabels").entries())
        .containsOnlyKeys("app", "tier")
        .satisfies(m -> {
          assertThat(m.get("app").textOr("")).isEqualTo("web");
          assertThat(m.get("tier").textOr("")).isEqualTo("back");
        });
    assertThat(r.node().at("spec", "template", "metadata", "labels").entries())
        .containsOnlyKeys("version", "app", "tier", "team")
        .satisfies(m -> assertThat(m.get("app").textOr("")).isEqualTo("web"));
  }

  @Test
  void testQuotedMergeKey_isAnOrdinaryKey() {
    LoadedInput input = new ManifestLoader().loadText("quoted.yaml", configMap("q") + "data:\n  \"<<\": literal\n");

    assertThat(input.errors()).isEmpty();
    assertThat(input.resources().get(0).node().at("data", "<<").textOr("")).isEqualTo("literal");
  }

  @Test
  void testMultiDocumentStream_commentOnlyAndEmptyDocumentsAreSkippedSilently() {
    String text =
        """
        # Source: chart/templates/none.yaml
        ---
        # Source: chart/templates/empty.yaml
        # (rendered to nothing)
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: real
        ---
        ---
        ...
        ---
        # trailing comment
        """;

    LoadedInput input = new ManifestLoader().loadText("helm-output.yaml", text);

    assertThat(input.errors()).isEmpty();
    assertThat(input.notices()).isEmpty();
    assertThat(input.resources()).singleElement().satisfies(r -> {
      assertThat(r.name()).isEqualTo("real");
      assertThat(r.position().line()).isEqualTo(6);
    });
  }

  @Test
  void testDocumentEndMarker_endsTheDocumentAndTheNextOneStillLoads() {
    String text = configMap("first") + "...\n---\n" + configMap("second") + "...\n";

    LoadedInput input = new ManifestLoader().loadText("ends.yaml", text);

    assertThat(input.errors()).isEmpty();
    assertThat(names(input)).containsExactly("first", "second");
    assertThat(input.resources().get(1).position().line()).isEqualTo(7);
  }

  @Test
  void testBareDocumentAfterEndMarker_isReportedNotDropped() {
    // libyaml (kubectl) and snakeyaml-engine both want `---` before a second document
    String text = configMap("first") + "...\n" + configMap("second");

    LoadedInput input = new ManifestLoader().loadText("ends.yaml", text);

    assertThat(names(input)).containsExactly("first");
    assertThat(input.errors()).singleElement().satisfies(e -> {
      assertThat(e.position().line()).isEqualTo(6);
      assertThat(e.reason()).contains("document start");
    });
  }

  @Test
  void testCrlfLineEndings_loadWithTheSameLines() {
    String text = (configMap("one") + "---\n" + configMap("two")).replace("\n", "\r\n");

    LoadedInput input = new ManifestLoader().loadText("crlf.yaml", text);

    assertThat(input.errors()).isEmpty();
    assertThat(names(input)).containsExactly("one", "two");
    assertThat(input.resources().get(1).node().at("metadata", "name").position().line()).isEqualTo(9);
  }

  // --- limits ---------------------------------------------------------------------------------

  @Test
  void testOversizedDocument_isOneErrorAtItsStartAndTheNeighboursLoad() {
    LoadLimits small = new LoadLimits(1 << 20, 1_000, 100, 100, 10_000);
    String big = configMap("big") + "data:\n  blob: \"" + "x".repeat(2_000) + "\"\n";
    String text = configMap("before") + "---\n" + big + "---\n" + configMap("after");

    LoadedInput input = new ManifestLoader(small, () -> new ByteArrayInputStream(new byte[0])).loadText("big.yaml", text);

    assertThat(names(input)).containsExactly("before", "after");
    assertThat(input.errors()).singleElement().satisfies(e -> {
      assertThat(e.position().line()).isEqualTo(5);
      assertThat(e.reason()).isEqualTo("document is larger than 1000 characters; skipped");
    });
  }

  @Test
  void testOversizedFile_isNotReadAndSaysHowBigItMayBe() throws IOException {
    LoadLimits small = new LoadLimits(64 << 10, 1_000, 100, 100, 10_000);
    Path file = write(tmp.resolve("huge.yaml"), configMap("huge") + "#" + "x".repeat(70_000) + "\n");
    Path ok = write(tmp.resolve("ok.yaml"), configMap("ok"));

    LoadedInput input = new ManifestLoader(small, () -> new ByteArrayInputStream(new byte[0])).load(List.of(file.toString(), ok.toString()));

    assertThat(input.errors()).singleElement().satisfies(e -> {
      assertThat(e.position().file()).isEqualTo(file.toString());
      assertThat(e.reason()).isEqualTo("file is larger than 64 KiB; not read");
    });
    assertThat(names(input)).containsExactly("ok");
  }

  @Test
  void testOversizedStdin_isAnError() {
    LoadLimits small = new LoadLimits(100, 1_000, 100, 100, 10_000);

    LoadedInput input = new ManifestLoader(small, stdin(configMap("x") + "#" + "y".repeat(200))).load(List.of("-"));

    assertThat(input.errors()).singleElement().satisfies(e -> assertThat(e.reason()).isEqualTo("standard input is larger than 100 bytes"));
    assertThat(input.resources()).isEmpty();
  }

  @Test
  void testAliasCountLimit_isOneErrorForThatDocument() {
    LoadLimits small = new LoadLimits(1 << 20, 1 << 20, 100, 3, 10_000);
    String text = configMap("aliases") + "data:\n  a: &v x\n  b: *v\n  c: *v\n  d: *v\n  e: *v\n---\n" + configMap("next");

    LoadedInput input = new ManifestLoader(small, stdin("")).loadText("aliases.yaml", text);

    assertThat(input.errors()).singleElement().satisfies(e -> {
      assertThat(e.position().line()).isEqualTo(10);
      assertThat(e.reason()).contains("more than 3 aliases");
    });
    assertThat(names(input)).containsExactly("next");
  }

  @Test
  void testAliasesCannotNestDeeperThanTheDepthLimit() {
    // each level is 30 flow sequences deep and aliases the previous level from inside its own
    // nesting: every document line is shallow, but the tree the aliases build is 30 * 40 deep
    StringBuilder sb = new StringBuilder(configMap("stacked")).append("data:\n");
    sb.append("  l0: &l0 ").append("[".repeat(30)).append("]".repeat(30)).append('\n');
    for (int i = 1; i < 40; i++) {
      sb.append("  l").append(i).append(": &l").append(i).append(' ')
          .append("[".repeat(30)).append("*l").append(i - 1).append("]".repeat(30)).append('\n');
    }
    sb.append("---\n").append(configMap("after"));

    LoadedInput input = new ManifestLoader().loadText("stacked.yaml", sb.toString());

    assertThat(input.errors()).singleElement().satisfies(e -> {
      assertThat(e.reason()).contains("nests deeper than 500 levels");
      assertThat(e.position().line()).isEqualTo(6 + 16);
    });
    assertThat(names(input)).containsExactly("after");
  }

  @Test
  void testAliasesWithinTheDepthLimit_areFine() {
    String text = configMap("shared") + "data:\n  a: &deep [[[[x]]]]\n  b: [[[*deep]]]\n  c: {k: *deep}\n";

    LoadedInput input = new ManifestLoader().loadText("shared.yaml", text);

    assertThat(input.errors()).isEmpty();
    assertThat(input.resources().get(0).node().at("data", "b", "0", "0", "0", "0", "0", "0", "0").textOr("")).isEqualTo("x");
  }

  @Test
  void testUndefinedAlias_isAnError() {
    LoadedInput input = new ManifestLoader().loadText("undefined.yaml", configMap("u") + "data:\n  a: *nowhere\n");

    assertThat(input.errors()).singleElement().satisfies(e -> {
      assertThat(e.position().line()).isEqualTo(6);
      assertThat(e.reason()).contains("*nowhere");
    });
  }

  @Test
  void testNonScalarKeyWithoutTemplate_hasNoHelmHint() {
    LoadedInput input = new ManifestLoader().loadText("key.yaml", configMap("k") + "data:\n  ? [a, b]\n  : value\n");

    assertThat(input.errors()).singleElement().satisfies(e -> {
      assertThat(e.reason()).contains("mapping key is not a scalar");
      assertThat(e.reason()).doesNotContain("helm");
    });
  }

  @Test
  void testHelmTemplateSyntaxError_mentionsHelmTemplate() {
    String text = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}-config\n";

    LoadedInput input = new ManifestLoader().loadText("cm.yaml", text);

    assertThat(input.errors()).singleElement().satisfies(e -> {
      assertThat(e.position().line()).isEqualTo(4);
      assertThat(e.reason()).contains("helm template");
    });
  }

  @Test
  void testNullDocument_isSkippedButMissingKindIsReported() {
    String text = "~\n---\napiVersion: v1\nmetadata: {name: x}\n---\nkind: ConfigMap\nmetadata: {name: y}\n";

    LoadedInput input = new ManifestLoader().loadText("partial.yaml", text);

    assertThat(input.resources()).isEmpty();
    assertThat(input.errors()).extracting(InputError::reason)
        .containsExactly("mapping has no kind; not a Kubernetes object", "mapping has no apiVersion; not a Kubernetes object");
    assertThat(input.errors()).extracting(e -> e.position().line()).containsExactly(3, 6);
  }
}
