package dev.seaworthy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.kube.testing.FakeCluster;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code seaworthy diagnose} end to end through main, against the mock API server. */
class DiagnoseCommandTest {

  @TempDir Path dir;
  private FakeCluster cluster;
  private String kubeconfig;

  @BeforeEach
  void start() {
    cluster = new FakeCluster();
    kubeconfig = cluster.kubeconfig(dir).toString();
    cluster.apply("""
        apiVersion: v1
        kind: Node
        metadata: {name: ip-10-0-1-10.ec2.internal}
        status:
          allocatable: {cpu: "2", memory: 7Gi, pods: "29"}
          conditions: [{type: Ready, status: "True"}]
        """);
  }

  @AfterEach
  void stop() {
    cluster.close();
  }

  @Test
  void aHealthyClusterExitsZero() {
    CliRun run = CliRun.of("diagnose", "--kubeconfig", kubeconfig, "-A");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("Cluster context \"fake\" (all namespaces, Kubernetes 1.33): ").endsWith("healthy: no problem found\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void problemsExitThreeGroupedBySeverityAndAsJson() {
    cluster.apply("""
        apiVersion: v1
        kind: Pod
        metadata: {name: api, namespace: shop}
        spec:
          nodeName: ip-10-0-1-10.ec2.internal
          containers: [{name: app, image: "k8s.gcr.io/pause:3.9"}]
        status:
          phase: Pending
          containerStatuses:
            - {name: app, image: "k8s.gcr.io/pause:3.9", restartCount: 0, state: {waiting: {reason: ImagePullBackOff}}}
        """);

    CliRun text = CliRun.of("diagnose", "--kubeconfig", kubeconfig, "-n", "shop");
    CliRun json = CliRun.of("diagnose", "--kubeconfig", kubeconfig, "-n", "shop", "-o", "json");

    assertThat(text.exitCode()).isEqualTo(ExitCode.FINDINGS);
    assertThat(text.out()).contains("HIGH (1)\n  Pod/shop/api  [pod-image-pull]\n    cause: container \"app\" pulls k8s.gcr.io/pause:3.9 from k8s.gcr.io, which is frozen")
        .contains("    next:  use registry.k8s.io/pause:3.9").endsWith("1 problem found\n");
    assertThat(json.exitCode()).isEqualTo(ExitCode.FINDINGS);
    assertThat(json.out()).startsWith("{").contains("\"healthy\": false").contains("\"analyzer\": \"pod-image-pull\"").contains("\"scope\": \"namespace shop\"");
  }

  @Test
  void aForbiddenKindIsAWarningAndTheRestIsDiagnosed() {
    cluster.server().expect().get().withPath("/api/v1/events?limit=500")
        .andReturn(403, "{\"kind\":\"Status\",\"code\":403,\"message\":\"forbidden\"}").always();

    CliRun run = CliRun.of("diagnose", "--kubeconfig", kubeconfig, "-A");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains("seaworthy: warning: could not list events: forbidden");
    assertThat(run.out()).contains("Not checked (1)\n  could not list events: forbidden");
  }

  @Test
  void badFlagsAreUsageErrors() {
    assertThat(CliRun.of("diagnose", "-o", "yaml").exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(CliRun.of("diagnose", "-n", "a", "-A").exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(CliRun.of("diagnose", "--kubeconfig", kubeconfig, "--context", "nope").err()).contains("context \"nope\" not found");
  }
}
