package dev.seaworthy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.kube.testing.FakeCluster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code audit --cluster} end to end through main, against a real HTTP API server (fabric8's mock, CRUD mode). */
class ClusterAuditTest {

  private static final Path EXAMPLES = Path.of("..", "examples", "eks-production");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path dir;
  private FakeCluster cluster;
  private String kubeconfig;

  @BeforeEach
  void start() {
    cluster = new FakeCluster();
    kubeconfig = cluster.kubeconfig(dir).toString();
  }

  @AfterEach
  void stop() {
    cluster.close();
  }

  private static List<Path> exampleManifests() throws IOException {
    try (Stream<Path> files = Files.walk(EXAMPLES)) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  /** rule id + object, with the namespace an object without one lands in. */
  private static Set<String> findings(String json, boolean liveKindsOnly) {
    Set<String> out = new TreeSet<>();
    for (JsonNode f : JSON.readTree(json).get("findings")) {
      JsonNode r = f.get("resource");
      String group = r.get("apiVersion").asString().contains("/") ? r.get("apiVersion").asString().replaceAll("/.*", "") : "";
      if (liveKindsOnly && dev.seaworthy.kube.KubeKind.find(group, r.get("kind").asString()).isEmpty()) {
        continue; // eksctl's ClusterConfig and the like exist in files only
      }
      String ns = r.get("namespace").asString();
      boolean clusterScoped = dev.seaworthy.kube.KubeKind.find(group, r.get("kind").asString()).map(k -> !k.namespaced()).orElse(false);
      out.add(f.get("ruleId").asString() + " " + r.get("kind").asString() + "/" + (ns.isEmpty() && !clusterScoped ? "default" : ns) + "/" + r.get("name").asString());
    }
    return out;
  }

  @Test
  void theGuidesExamplesInAClusterGiveTheSameFindingsAsTheFiles() throws IOException {
    List<Path> manifests = exampleManifests();
    cluster.applyFiles(manifests);
    String[] common = {"--no-config", "--date", "2026-11-24", "--kubernetes-version", "1.33", "-o", "json", "--fail-on", "none"};

    CliRun files = CliRun.of(concat(new String[] {"audit"}, common, manifests.stream().map(Path::toString).toArray(String[]::new)));
    CliRun live = CliRun.of(concat(new String[] {"audit", "--cluster", "--kubeconfig", kubeconfig, "-A"}, common));

    assertThat(files.exitCode()).isZero();
    assertThat(live.exitCode()).as(live.err()).isZero();
    assertThat(JSON.readTree(live.out()).get("notices").toString()).isEqualTo("[]");
    assertThat(JSON.readTree(live.out()).get("inputErrors").toString()).isEqualTo("[]");
    Set<String> fromFiles = findings(files.out(), true);
    assertThat(fromFiles).hasSizeGreaterThan(30);
    Set<String> fromCluster = findings(live.out(), false);
    // a manifest without a namespace is not judged by namespace-level rules (it lands wherever it is
    // applied); in the cluster it is in "default", which has no LimitRange or ResourceQuota: true there
    assertThat(fromCluster).contains(
        "namespace-limit-range-missing Deployment/default/s3-app", "namespace-resource-quota-missing Deployment/default/s3-app");
    fromCluster.remove("namespace-limit-range-missing Deployment/default/s3-app");
    fromCluster.remove("namespace-resource-quota-missing Deployment/default/s3-app");
    assertThat(fromCluster).isEqualTo(fromFiles);
    assertThat(live.err()).contains("audited cluster context \"fake\" (all namespaces)");
    assertThat(live.out()).contains("\"origin\": \"live\"");
  }

  @Test
  void findingsNameTheObjectInsteadOfAFileLine() {
    cluster.apply("""
        apiVersion: v1
        kind: Pod
        metadata: {name: debug, namespace: ops}
        spec:
          containers:
            - name: shell
              image: busybox:1.36
              securityContext: {privileged: true}
        """);

    CliRun run = CliRun.of("audit", "--cluster", "--kubeconfig", kubeconfig, "-n", "ops", "--no-config", "--include", "privileged-container");

    assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
    assertThat(run.out()).contains("Pod/ops/debug\n").contains("CRITICAL Pod/ops/debug  container \"shell\"").contains("Kubernetes 1.33")
        .contains("| 1 resource from the cluster |");
    assertThat(run.err()).contains("(namespace ops; -A for all namespaces)");
  }

  @Test
  void aForbiddenKindIsAWarningNamingTheRulesNotEvaluatedAndTheAuditGoesOn() {
    cluster.apply("""
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web, namespace: shop}
        spec:
          replicas: 3
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec:
              containers: [{name: app, image: "nginx:1.27", securityContext: {privileged: true}}]
        """);
    cluster.server().expect().get().withPath("/apis/policy/v1/poddisruptionbudgets?limit=500")
        .andReturn(403, "{\"kind\":\"Status\",\"code\":403,\"reason\":\"Forbidden\",\"message\":\"forbidden\"}").always();

    CliRun run = CliRun.of("audit", "--cluster", "--kubeconfig", kubeconfig, "-A", "--no-config", "-o", "json");

    assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
    assertThat(run.out()).contains("could not list poddisruptionbudgets.policy: forbidden; rules ")
        .contains("pdb-missing").contains("were not evaluated")
        .contains("\"ruleId\": \"privileged-container\"")
        .doesNotContain("\"ruleId\": \"pdb-missing\"");
  }

  @Test
  void noKubeconfigContextIsAUsageError() {
    CliRun run = CliRun.of("audit", "--cluster", "--kubeconfig", kubeconfig, "--context", "prod", "--no-config");
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("context \"prod\" not found in the kubeconfig");
  }

  @Test
  void clusterFlagsAndPathsDoNotMix() {
    assertThat(CliRun.of("audit", "--cluster", "x.yaml").exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(CliRun.of("audit", "-A", "x.yaml").err()).contains("go with --cluster");
    assertThat(CliRun.of("audit").err()).contains("missing PATH");
  }

  @Test
  void theReplicaSetsAndPodsOfADeploymentAreJudgedThroughItsTemplateOnly() throws Exception {
    cluster.apply("""
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web, namespace: shop}
        spec:
          replicas: 2
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec:
              containers: [{name: app, image: "nginx:1.27", securityContext: {privileged: true}}]
        """);
    String deploymentUid = uid("/apis/apps/v1/namespaces/shop/deployments/web");
    cluster.apply("""
        apiVersion: apps/v1
        kind: ReplicaSet
        metadata:
          name: web-5c9
          namespace: shop
          ownerReferences: [{apiVersion: apps/v1, kind: Deployment, name: web, uid: %s, controller: true}]
        spec:
          replicas: 2
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec:
              containers: [{name: app, image: "nginx:1.27", securityContext: {privileged: true}}]
        """.formatted(deploymentUid));
    String replicaSetUid = uid("/apis/apps/v1/namespaces/shop/replicasets/web-5c9");
    for (String pod : List.of("web-5c9-a", "web-5c9-b")) {
      cluster.apply("""
          apiVersion: v1
          kind: Pod
          metadata:
            name: %s
            namespace: shop
            labels: {app: web}
            ownerReferences: [{apiVersion: apps/v1, kind: ReplicaSet, name: web-5c9, uid: %s, controller: true}]
          spec:
            containers: [{name: app, image: "nginx:1.27", securityContext: {privileged: true}}]
          status: {phase: Running, qosClass: BestEffort}
          """.formatted(pod, replicaSetUid));
    }

    CliRun run = CliRun.of("audit", "--cluster", "--kubeconfig", kubeconfig, "-A", "--no-config", "-o", "json", "--fail-on", "none",
        "--include", "privileged-container,pod-qos-best-effort");

    assertThat(findings(run.out(), false)).containsExactly(
        "pod-qos-best-effort Pod/shop/web-5c9-a", "privileged-container Deployment/shop/web");
  }

  private String uid(String path) throws Exception {
    var response = java.net.http.HttpClient.newHttpClient().send(
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(cluster.url() + path)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    return JSON.readTree(response.body()).get("metadata").get("uid").asString();
  }

  private static String[] concat(String[]... parts) {
    return Stream.of(parts).flatMap(Stream::of).toArray(String[]::new);
  }
}
