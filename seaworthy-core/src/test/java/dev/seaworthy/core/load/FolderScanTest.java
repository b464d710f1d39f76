package dev.seaworthy.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.model.Resource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a folder scan reads, skips and reports: the cases a real repository throws at it. */
class FolderScanTest {

  private static final String DEPLOYMENT = """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        selector:
          matchLabels: {app: web}
        template:
          metadata:
            labels: {app: web}
          spec:
            containers:
              - name: web
                image: nginx:1.27
      """;

  @TempDir Path tmp;

  private void write(String name, String text) throws IOException {
    Path p = tmp.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  private LoadedInput scan() {
    return new ManifestLoader().load(List.of(tmp.toString()));
  }

  @Test
  void nonKubernetesYamlAndJsonInAScannedFolderAreNoticesNotErrors() throws IOException {
    write("k8s/web.yaml", DEPLOYMENT);
    write("docker-compose.yml", "version: '3'\nservices:\n  web:\n    image: nginx\n");
    write("package.json", "{\"name\": \"x\", \"version\": \"1.0.0\"}\n");
    write("chart-values.yaml", "replicaCount: 2\nimage:\n  tag: 1.0\n");
    write("playbook.yml", "- hosts: all\n  tasks:\n    - ping:\n");
    LoadedInput input = scan();
    assertThat(input.errors()).isEmpty();
    assertThat(input.resources()).extracting(Resource::name).containsExactly("web");
    assertThat(input.notices()).hasSize(4).allSatisfy(n -> assertThat(n.message()).contains("not a Kubernetes manifest"));
  }

  @Test
  void anAttemptedManifestInAScannedFolderIsStillAnError() throws IOException {
    write("broken.yaml", "metadata:\n  name: orphan\nspec: {}\n");
    write("bare-list.yaml", "- apiVersion: v1\n  kind: ConfigMap\n  metadata: {name: x}\n");
    assertThat(scan().errors()).hasSize(2);
  }

  @Test
  void aNonManifestFileNamedExplicitlyIsAnError() throws IOException {
    write("docker-compose.yml", "version: '3'\nservices: {}\n");
    LoadedInput input = new ManifestLoader().load(List.of(tmp.resolve("docker-compose.yml").toString()));
    assertThat(input.errors()).singleElement().satisfies(e -> assertThat(e.reason()).contains("no apiVersion and kind"));
  }

  @Test
  void kustomizeFolderAuditsOnlyListedResourcesAndSaysHowToRender() throws IOException {
    write("base/kustomization.yaml", "resources:\n  - web.yaml\n  - ../shared/remote.yaml\n  - https://example.com/x.yaml\n");
    write("base/web.yaml", DEPLOYMENT);
    write("overlays/prod/kustomization.yaml", "resources:\n  - ../../base\npatches:\n  - path: replicas.yaml\n");
    write("overlays/prod/replicas.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 4\n");
    write("plain/cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: plain}\n");
    LoadedInput input = scan();
    assertThat(input.errors()).isEmpty();
    assertThat(input.resources()).extracting(Resource::name).containsExactly("web", "plain");
    assertThat(input.notices()).hasSize(2).allSatisfy(n -> assertThat(n.message()).contains("kubectl kustomize"));
  }

  @Test
  void aFileNamedTwiceOrAlsoInsideANamedFolderIsReadOnce() throws IOException {
    write("web.yaml", DEPLOYMENT);
    String file = tmp.resolve("web.yaml").toString();
    LoadedInput input = new ManifestLoader().load(List.of(file, file, tmp.toString()));
    assertThat(input.resources()).hasSize(1);
    assertThat(input.filesRead()).isEqualTo(1);
  }

  @Test
  void emptyStandardInputIsAnInputError() {
    LoadedInput input = new ManifestLoader(LoadLimits.DEFAULTS, () -> new ByteArrayInputStream("  \n".getBytes(StandardCharsets.UTF_8)))
        .load(List.of("-"));
    assertThat(input.errors()).singleElement().satisfies(e -> assertThat(e.reason()).contains("standard input is empty"));
  }
}
