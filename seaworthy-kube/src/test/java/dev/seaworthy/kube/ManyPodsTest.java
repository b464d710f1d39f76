package dev.seaworthy.kube;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.kube.testing.FakeCluster;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 5,000 pods: the collector pages through them ({@code limit}/{@code continue}) and keeps one page in
 * flight. No timing is asserted; the figures are printed for docs/live-cluster.md.
 */
class ManyPodsTest {

  private static final int PODS = 5_000;

  @TempDir Path dir;

  @Test
  void fiveThousandPodsArePagedThroughAndAllRead() throws IOException, InterruptedException {
    try (FakeCluster cluster = new FakeCluster()) {
      HttpClient http = HttpClient.newHttpClient();
      for (int i = 0; i < PODS; i++) {
        String ns = "team-" + (i % 20);
        String body = """
            {"apiVersion":"v1","kind":"Pod","metadata":{"name":"pod-%05d","namespace":"%s","labels":{"app":"svc-%d"}},
             "spec":{"nodeName":"ip-10-0-%d-1.ec2.internal","containers":[{"name":"app","image":"public.ecr.aws/nginx/nginx:1.27",
             "resources":{"requests":{"cpu":"100m","memory":"128Mi"}}}]},
             "status":{"phase":"Running","qosClass":"Burstable"}}""".formatted(i, ns, i % 50, i % 100);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(cluster.url() + "/api/v1/namespaces/" + ns + "/pods"))
            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isLessThan(300);
      }
      ClusterOptions options = ClusterOptions.defaults().withKubeconfig(cluster.kubeconfig(dir)).withAllNamespaces();
      Runtime rt = Runtime.getRuntime();
      System.gc();
      long before = rt.totalMemory() - rt.freeMemory();
      long start = System.nanoTime();

      Snapshot s = Collector.read(options, List.of(KubeKind.find("", "Pod").orElseThrow()), Set.of(), Progress.NONE);

      long millis = (System.nanoTime() - start) / 1_000_000;
      System.gc();
      long after = rt.totalMemory() - rt.freeMemory();
      assertThat(s.gaps()).isEmpty();
      assertThat(s.resources()).hasSize(PODS);
      assertThat(s.resources()).extracting(r -> r.name()).doesNotHaveDuplicates();
      List<FakeCluster.Request> pages = cluster.requests().stream().filter(r -> r.method().equals("GET") && r.path().startsWith("/api/v1/pods?")).toList();
      assertThat(pages).hasSize(PODS / 500);
      assertThat(pages.get(0).path()).isEqualTo("/api/v1/pods?limit=500");
      assertThat(pages.get(1).path()).isEqualTo("/api/v1/pods?limit=500&continue=500");
      System.out.printf("5000 pods: %d pages, read in %d ms, retained heap after collection %.1f MB (before %.1f MB)%n",
          pages.size(), millis, after / 1e6, before / 1e6);
    }
  }
}
