package dev.seaworthy.kube;

import dev.seaworthy.core.data.KubernetesVersion;
import dev.seaworthy.core.model.MapNode;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Origin;
import dev.seaworthy.core.model.Position;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.model.ScalarNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Lists the wanted kinds from a cluster: discovery first (which versions of which groups are served),
 * then each kind in pages of {@code limit} items followed with {@code continue}, several kinds at a
 * time. A kind that is forbidden or keeps failing becomes a {@link Gap}; the others are still read.
 */
public final class Collector {

  /** kubectl's annotation holds the whole object as last applied: for a Secret, its data. */
  static final String LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";

  private final ApiClient api;
  private final ClusterOptions options;

  Collector(ApiClient api, ClusterOptions options) {
    this.api = api;
    this.options = options;
  }

  /** Connects with the options, reads the kinds, and disconnects. */
  public static Snapshot read(ClusterOptions options, List<KubeKind> wanted, Set<KubeKind> clusterWide, Progress progress) {
    try (ApiClient api = ApiClient.connect(options)) {
      return new Collector(api, options).collect(wanted, clusterWide, progress);
    }
  }

  /** A kind as the server serves it: the version to ask for and the resource name to list. */
  record Served(KubeKind kind, String version, String plural, boolean namespaced) {
    String apiVersion() {
      return kind.group().isEmpty() ? version : kind.group() + "/" + version;
    }

    String root() {
      return kind.group().isEmpty() ? "/api/" + version : "/apis/" + kind.group() + "/" + version;
    }
  }

  /**
   * Reads the wanted kinds. In a namespace scope, cluster-scoped kinds are read only when listed in
   * {@code clusterWide} (context such as Nodes), and the Namespace object itself is fetched by name.
   */
  public Snapshot collect(List<KubeKind> wanted, Set<KubeKind> clusterWide, Progress progress) {
    Optional<String> namespace = options.allNamespaces() ? Optional.empty() : Optional.of(options.namespace().orElseGet(api::defaultNamespace));
    List<Gap> gaps = new ArrayList<>();
    Optional<KubernetesVersion> version = version();
    Map<KubeKind, Served> served = discover(wanted, gaps);
    List<Served> toList = new ArrayList<>();
    for (KubeKind k : wanted) {
      Served s = served.get(k);
      if (s == null) {
        continue;
      }
      if (namespace.isPresent() && !s.namespaced() && !clusterWide.contains(k) && !k.kind().equals("Namespace")) {
        continue;
      }
      toList.add(s);
    }
    Map<KubeKind, List<Resource>> results = new ConcurrentHashMap<>();
    Map<KubeKind, Gap> failures = new ConcurrentHashMap<>();
    AtomicInteger done = new AtomicInteger();
    AtomicLong objects = new AtomicLong();
    progress.update(0, toList.size(), 0);
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(options.concurrency(), Math.max(1, toList.size())), r -> {
      Thread t = new Thread(r, "seaworthy-list");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (Served s : toList) {
        futures.add(pool.submit(() -> {
          try {
            results.put(s.kind(), list(s, namespace, objects, () -> progress.update(done.get(), toList.size(), objects.get())));
          } catch (ApiClient.ApiException e) {
            failures.put(s.kind(), gap(s.kind(), e));
          }
          progress.update(done.incrementAndGet(), toList.size(), objects.get());
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ClusterException("interrupted while reading the cluster", false);
    } catch (ExecutionException e) {
      throw new IllegalStateException("listing failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
    List<Resource> all = new ArrayList<>();
    List<KubeKind> listed = new ArrayList<>();
    for (Served s : toList) {
      Gap g = failures.get(s.kind());
      if (g != null) {
        gaps.add(g);
        continue;
      }
      listed.add(s.kind());
      List<Resource> items = new ArrayList<>(results.get(s.kind()));
      items.sort(Comparator.comparing(Resource::namespace).thenComparing(Resource::name));
      all.addAll(items);
    }
    gaps.sort(Comparator.comparing((Gap g) -> g.kind().resourceName()));
    String scope = namespace.map(n -> "namespace " + n).orElse("all namespaces");
    return new Snapshot(api.contextName(), api.server(), version, scope, all, listed, gaps);
  }

  private Optional<KubernetesVersion> version() {
    try {
      Node v = api.getJson("/version");
      Optional<KubernetesVersion> fromGit = KubernetesVersion.parse(v.at("gitVersion").textOr(""));
      if (fromGit.isPresent()) {
        return fromGit;
      }
      return KubernetesVersion.parse(v.at("major").textOr("") + "." + v.at("minor").textOr("").replaceAll("\\D", ""));
    } catch (ApiClient.ApiException e) {
      if (e.status == 401) {
        throw new ClusterException("the API server at " + api.server() + " refused the credentials of context \"" + api.contextName() + "\" (401)", false);
      }
      if (e.status == 0) {
        throw new ClusterException(e.getMessage(), false);
      }
      return Optional.empty();
    }
  }

  /** Finds, for each wanted kind, the served version to list: the group's preferred one first. */
  private Map<KubeKind, Served> discover(List<KubeKind> wanted, List<Gap> gaps) {
    Map<String, List<String>> versionsByGroup = new LinkedHashMap<>();
    versionsByGroup.put("", List.of("v1"));
    try {
      Node groups = api.getJson("/apis");
      for (Node g : groups.at("groups").items()) {
        List<String> versions = new ArrayList<>();
        g.at("preferredVersion", "version").text().ifPresent(versions::add);
        for (Node v : g.at("versions").items()) {
          v.at("version").text().filter(x -> !versions.contains(x)).ifPresent(versions::add);
        }
        g.at("name").text().ifPresent(n -> versionsByGroup.put(n, versions));
      }
    } catch (ApiClient.ApiException e) {
      throw new ClusterException("cannot discover the API groups of " + api.server() + ": " + e.getMessage(), false);
    }
    Map<KubeKind, Served> out = new LinkedHashMap<>();
    Map<String, List<KubeKind>> wantedByGroup = new LinkedHashMap<>();
    wanted.forEach(k -> wantedByGroup.computeIfAbsent(k.group(), x -> new ArrayList<>()).add(k));
    for (Map.Entry<String, List<KubeKind>> e : wantedByGroup.entrySet()) {
      String group = e.getKey();
      List<KubeKind> kinds = new ArrayList<>(e.getValue());
      for (String version : versionsByGroup.getOrDefault(group, List.of())) {
        if (kinds.isEmpty()) {
          break;
        }
        String root = group.isEmpty() ? "/api/" + version : "/apis/" + group + "/" + version;
        Node resources;
        try {
          resources = api.getJson(root);
        } catch (ApiClient.ApiException ex) {
          if (ex.status == 404) {
            continue;
          }
          for (KubeKind k : kinds) {
            gaps.add(gap(k, ex));
          }
          kinds.clear();
          break;
        }
        for (Node r : resources.at("resources").items()) {
          String name = r.at("name").textOr("");
          if (name.contains("/")) {
            continue; // a subresource such as pods/status
          }
          String kind = r.at("kind").textOr("");
          for (KubeKind k : List.copyOf(kinds)) {
            if (k.kind().equals(kind)) {
              out.put(k, new Served(k, version, name, r.at("namespaced").asBoolean().orElse(k.namespaced())));
              kinds.remove(k);
            }
          }
        }
      }
    }
    return out;
  }

  private List<Resource> list(Served s, Optional<String> namespace, AtomicLong objects, Runnable tick) throws ApiClient.ApiException {
    if (namespace.isPresent() && s.kind().kind().equals("Namespace")) {
      try {
        Node ns = api.getJson(s.root() + "/namespaces/" + encode(namespace.get()));
        objects.incrementAndGet();
        return List.of(toResource(s, ns));
      } catch (ApiClient.ApiException e) {
        if (e.status == 404) {
          return List.of(); // as kubectl: an absent namespace simply holds nothing
        }
        throw e;
      }
    }
    String path = s.root() + (s.namespaced() && namespace.isPresent() ? "/namespaces/" + encode(namespace.get()) : "") + "/" + s.plural();
    String accept = s.kind().metadataOnly() ? ApiClient.METADATA_ONLY : ApiClient.JSON;
    for (int restart = 0; ; restart++) {
      List<Resource> out = new ArrayList<>();
      String token = "";
      try {
        do {
          String query = "?limit=" + options.pageSize() + (token.isEmpty() ? "" : "&continue=" + encode(token));
          Node rest = api.get(path + query, accept, body -> JsonTree.readList(body, item -> {
            out.add(toResource(s, item));
            objects.incrementAndGet();
          }));
          token = rest.at("metadata", "continue").textOr("");
          tick.run();
        } while (!token.isEmpty());
        return out;
      } catch (ApiClient.ApiException e) {
        // 410: the continue token expired (etcd compacted); one fresh list is worth it
        if (e.status != 410 || restart > 0) {
          throw e;
        }
        objects.addAndGet(-out.size());
      }
    }
  }

  /** Names the object as its kind (list items often omit it) and keeps only metadata when it must. */
  static Resource toResource(Served s, Node item) {
    Map<String, Node> entries = new LinkedHashMap<>();
    entries.put("apiVersion", ScalarNode.of(Position.NONE, s.apiVersion()));
    entries.put("kind", ScalarNode.of(Position.NONE, s.kind().kind()));
    if (s.kind().metadataOnly()) {
      // whatever the server sent (a server that ignores the metadata-only Accept sends everything),
      // only names, labels and annotations are kept, and never kubectl's copy of the whole object
      entries.put("metadata", withoutLastApplied(item.at("metadata")));
    } else {
      item.entries().forEach((k, v) -> {
        if (!k.equals("apiVersion") && !k.equals("kind")) {
          entries.put(k, v);
        }
      });
    }
    return Resource.fromObject(Origin.LIVE, new MapNode(Position.NONE, entries));
  }

  private static Node withoutLastApplied(Node metadata) {
    Map<String, Node> meta = new LinkedHashMap<>(metadata.entries());
    Node annotations = metadata.at("annotations");
    if (annotations.isMap()) {
      Map<String, Node> a = new LinkedHashMap<>(annotations.entries());
      a.remove(LAST_APPLIED);
      meta.put("annotations", new MapNode(Position.NONE, a));
    }
    return new MapNode(Position.NONE, meta);
  }

  private static Gap gap(KubeKind kind, ApiClient.ApiException e) {
    return new Gap(kind, e.status == 403 ? Gap.Type.FORBIDDEN : Gap.Type.FAILED, e.getMessage());
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
