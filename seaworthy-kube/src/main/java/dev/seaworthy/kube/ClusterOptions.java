package dev.seaworthy.kube;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * How to reach a cluster and what to read, as kubectl takes it: a kubeconfig file (default: the
 * {@code KUBECONFIG} variable, then {@code ~/.kube/config}, then the pod's service account), a context
 * (default: the current one), and a namespace, all namespaces, or (neither) the context's namespace.
 *
 * @param pageSize items per list request ({@code limit}); the API server pages with {@code continue}
 * @param concurrency kinds listed at the same time
 * @param attempts tries per request on timeouts, 429 and 5xx before the kind is reported unread
 * @param backoff wait before the first retry; doubled each time, capped at 8 times the first
 */
public record ClusterOptions(
    Optional<Path> kubeconfig,
    Optional<String> context,
    Optional<String> namespace,
    boolean allNamespaces,
    int pageSize,
    int concurrency,
    int attempts,
    Duration backoff,
    Duration requestTimeout) {

  public ClusterOptions {
    if (namespace.isPresent() && allNamespaces) {
      throw new IllegalArgumentException("a namespace and all namespaces contradict each other");
    }
    if (pageSize < 1 || concurrency < 1 || attempts < 1) {
      throw new IllegalArgumentException("pageSize, concurrency and attempts must be at least 1");
    }
  }

  public static ClusterOptions defaults() {
    return new ClusterOptions(Optional.empty(), Optional.empty(), Optional.empty(), false, 500, 4, 4, Duration.ofMillis(500), Duration.ofSeconds(30));
  }

  public ClusterOptions withKubeconfig(Path file) {
    return new ClusterOptions(Optional.ofNullable(file), context, namespace, allNamespaces, pageSize, concurrency, attempts, backoff, requestTimeout);
  }

  public ClusterOptions withContext(String c) {
    return new ClusterOptions(kubeconfig, Optional.ofNullable(c), namespace, allNamespaces, pageSize, concurrency, attempts, backoff, requestTimeout);
  }

  public ClusterOptions withNamespace(String ns) {
    return new ClusterOptions(kubeconfig, context, Optional.ofNullable(ns), false, pageSize, concurrency, attempts, backoff, requestTimeout);
  }

  public ClusterOptions withAllNamespaces() {
    return new ClusterOptions(kubeconfig, context, Optional.empty(), true, pageSize, concurrency, attempts, backoff, requestTimeout);
  }

  public ClusterOptions withPaging(int size) {
    return new ClusterOptions(kubeconfig, context, namespace, allNamespaces, size, concurrency, attempts, backoff, requestTimeout);
  }

  public ClusterOptions withRetries(int tries, Duration firstWait) {
    return new ClusterOptions(kubeconfig, context, namespace, allNamespaces, pageSize, concurrency, tries, firstWait, requestTimeout);
  }
}
