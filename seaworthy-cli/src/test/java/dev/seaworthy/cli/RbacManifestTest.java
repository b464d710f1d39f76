package dev.seaworthy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.load.LoadedInput;
import dev.seaworthy.core.load.ManifestLoader;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.kube.KubeKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** deploy/rbac/ grants what the collector reads and nothing more, and passes Seaworthy's own audit. */
class RbacManifestTest {

  private static final Path RBAC = Path.of("..", "deploy", "rbac");

  @Test
  void seaworthyAuditsItsOwnRbacClean() {
    CliRun run = CliRun.of("audit", "--no-config", "--fail-on", "info", RBAC.toString());
    assertThat(run.exitCode()).as(run.out()).isZero();
    assertThat(run.out()).startsWith("0 critical, 0 high, 0 medium, 0 low, 0 info");
  }

  @Test
  void theClusterRoleGrantsReadOnTheCollectedKindsAndNothingElse() {
    LoadedInput input = new ManifestLoader().load(List.of(RBAC.toString()));
    Resource role = input.resources().stream().filter(r -> r.kind().equals("ClusterRole")).findFirst().orElseThrow();
    Set<String> granted = new TreeSet<>();
    for (Node rule : role.node().at("rules").items()) {
      List<String> verbs = rule.at("verbs").items().stream().map(v -> v.textOr("")).toList();
      for (Node group : rule.at("apiGroups").items()) {
        for (Node resource : rule.at("resources").items()) {
          String name = group.textOr("").isEmpty() ? resource.textOr("") : resource.textOr("") + "." + group.textOr("");
          granted.add(name + " " + String.join(",", verbs));
        }
      }
    }
    Set<String> expected = new TreeSet<>();
    for (KubeKind k : KubeKind.all()) {
      expected.add(k.resourceName() + " " + (k.metadataOnly() ? "list" : "get,list,watch"));
    }
    assertThat(granted).isEqualTo(expected);
  }
}
