package dev.seaworthy.kube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seaworthy.core.model.Resource;
import dev.seaworthy.kube.testing.FakeCluster;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CollectorTest {

  @TempDir Path dir;
  private FakeCluster cluster;
  private ClusterOptions options;

  @BeforeEach
  void start() {
    cluster = new FakeCluster();
    options = ClusterOptions.defaults().withKubeconfig(cluster.kubeconfig(dir)).withAllNamespaces().withRetries(3, Duration.ofMillis(10));
  }

  @AfterEach
  void stop() {
    cluster.close();
  }

  private static KubeKind kind(String group, String kind) {
    return KubeKind.find(group, kind).orElseThrow();
  }

  @Test
  void listsLiveObjectsWithoutManagedFieldsAndKeepsStatus() {
    cluster.apply("""
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          namespace: shop
          managedFields: [{manager: kubectl, operation: Apply}]
        spec:
          replicas: 2
          template:
            spec:
              containers: [{name: app, image: "nginx:1.27"}]
        status:
          availableReplicas: 1
        """);

    Snapshot s = Collector.read(options, List.of(kind("apps", "Deployment")), Set.of(), Progress.NONE);

    assertThat(s.version()).hasValueSatisfying(v -> assertThat(v.toString()).isEqualTo("1.33"));
    assertThat(s.context()).isEqualTo("fake");
    assertThat(s.gaps()).isEmpty();
    Resource web = s.resources().get(0);
    assertThat(web.ref()).isEqualTo("Deployment/shop/web");
    assertThat(web.origin()).isEqualTo(dev.seaworthy.core.model.Origin.LIVE);
    assertThat(web.apiVersion()).isEqualTo("apps/v1");
    assertThat(web.node().at("metadata", "managedFields").isMissing()).isTrue();
    assertThat(web.node().at("spec", "replicas").asLong()).hasValue(2);
    assertThat(web.node().at("status", "availableReplicas").asLong()).hasValue(1);
    assertThat(web.position().isKnown()).isFalse();
  }

  @Test
  void secretsAreListedAsMetadataOnlyAndTheirDataNeverKept() {
    cluster.apply("""
        apiVersion: v1
        kind: Secret
        metadata:
          name: db
          namespace: shop
          labels: {app: db}
          annotations:
            kubectl.kubernetes.io/last-applied-configuration: '{"data":{"password":"aHVudGVyMg=="}}'
        type: Opaque
        data:
          password: aHVudGVyMg==
        """);

    Snapshot s = Collector.read(options, List.of(kind("", "Secret")), Set.of(), Progress.NONE);

    // every read of a Secret the server received is a metadata-only list: no Secret body was asked for
    List<FakeCluster.Request> secretReads =
        cluster.requests().stream().filter(r -> r.method().equals("GET") && r.path().contains("secrets")).toList();
    assertThat(secretReads).isNotEmpty().allSatisfy(r -> {
      assertThat(r.path()).startsWith("/api/v1/secrets?limit=");
      assertThat(r.accept()).isEqualTo("application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1");
    });
    Resource db = s.resources().get(0);
    assertThat(db.ref()).isEqualTo("Secret/shop/db");
    assertThat(db.labels()).containsEntry("app", "db");
    // the mock ignores the metadata-only Accept and sends everything: the collector keeps metadata only
    assertThat(db.node().entries().keySet()).containsExactly("apiVersion", "kind", "metadata");
    assertThat(db.annotations()).doesNotContainKey(Collector.LAST_APPLIED);
    assertThat(db.node().toString()).doesNotContain("aHVudGVyMg==");
  }

  @Test
  void aForbiddenKindIsAGapAndTheOthersAreStillRead() {
    cluster.apply("""
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: settings, namespace: shop}
        data: {mode: fast}
        """);
    cluster.server().expect().get().withPath("/apis/policy/v1/poddisruptionbudgets?limit=500")
        .andReturn(403, "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"reason\":\"Forbidden\",\"code\":403,"
            + "\"message\":\"poddisruptionbudgets.policy is forbidden: User auditor cannot list resource\"}")
        .always();

    Snapshot s = Collector.read(options, List.of(kind("", "ConfigMap"), kind("policy", "PodDisruptionBudget")), Set.of(), Progress.NONE);

    assertThat(s.resources()).extracting(Resource::ref).containsExactly("ConfigMap/shop/settings");
    assertThat(s.gaps()).singleElement().satisfies(g -> {
      assertThat(g.type()).isEqualTo(Gap.Type.FORBIDDEN);
      assertThat(g.describe()).isEqualTo("could not list poddisruptionbudgets.policy: forbidden");
      assertThat(g.reason()).contains("cannot list resource");
    });
  }

  @Test
  void aServerFailingTwiceWith500IsRetriedThenRead() {
    cluster.apply("""
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: settings, namespace: shop}
        """);
    cluster.failNext("/api/v1/configmaps", 500, 2);

    Snapshot s = Collector.read(options, List.of(kind("", "ConfigMap")), Set.of(), Progress.NONE);

    assertThat(s.gaps()).isEmpty();
    assertThat(s.resources()).extracting(Resource::ref).containsExactly("ConfigMap/shop/settings");
    assertThat(cluster.requests().stream().filter(r -> r.path().startsWith("/api/v1/configmaps"))).hasSize(3);
  }

  @Test
  void aServerThatKeepsFailingIsReportedAfterBoundedRetries() {
    cluster.failNext("/api/v1/configmaps", 503, 100);

    Snapshot s = Collector.read(options, List.of(kind("", "ConfigMap"), kind("", "Namespace")), Set.of(), Progress.NONE);

    assertThat(s.gaps()).singleElement().satisfies(g -> {
      assertThat(g.type()).isEqualTo(Gap.Type.FAILED);
      assertThat(g.describe()).isEqualTo("could not list configmaps: 503 Service Unavailable: injected failure (after 3 attempts)");
    });
    assertThat(cluster.requests().stream().filter(r -> r.path().startsWith("/api/v1/configmaps"))).hasSize(3);
  }

  @Test
  void crdsAreListedOnlyWhenServed() {
    Snapshot s = Collector.read(options, List.of(kind("karpenter.sh", "NodePool"), kind("", "Namespace")), Set.of(), Progress.NONE);

    assertThat(s.gaps()).isEmpty();
    assertThat(s.listed()).extracting(KubeKind::kind).containsExactly("Namespace");
    assertThat(cluster.requests()).noneMatch(r -> r.path().contains("nodepools"));
  }

  @Test
  void aNamespaceScopeListsThatNamespaceAndItsNamespaceObjectOnly() {
    cluster.apply("""
        apiVersion: v1
        kind: Namespace
        metadata: {name: shop}
        ---
        apiVersion: v1
        kind: Namespace
        metadata: {name: other}
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: a, namespace: shop}
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: b, namespace: other}
        ---
        apiVersion: v1
        kind: Node
        metadata: {name: ip-10-0-1-1}
        """);

    Snapshot s = Collector.read(options.withNamespace("shop"), List.of(kind("", "Namespace"), kind("", "ConfigMap"), kind("", "Node")), Set.of(), Progress.NONE);

    assertThat(s.scope()).isEqualTo("namespace shop");
    assertThat(s.resources()).extracting(Resource::ref).containsExactly("Namespace/shop", "ConfigMap/shop/a");
  }

  @Test
  void anUnknownContextIsAUsageError() {
    assertThatThrownBy(() -> Collector.read(options.withContext("prod"), List.of(), Set.of(), Progress.NONE))
        .isInstanceOf(ClusterException.class)
        .hasMessage("context \"prod\" not found in the kubeconfig")
        .matches(e -> ((ClusterException) e).isUsage());
  }
}
