package dev.seaworthy.kube.testing;

import dev.seaworthy.core.json.JsonWriter;
import dev.seaworthy.core.load.LoadedInput;
import dev.seaworthy.core.load.ManifestLoader;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.model.ScalarNode;
import dev.seaworthy.kube.KubeKind;
import io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.ServerRequest;
import io.fabric8.mockwebserver.ServerResponse;
import io.fabric8.mockwebserver.http.Dispatcher;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A real HTTP API server for tests: fabric8's mock server in CRUD mode (objects are created with
 * POST and listed back), plus what the CRUD mode lacks and a real API server has: discovery
 * ({@code /version}, {@code /api}, {@code /apis}, resource lists) for the kinds the test declares
 * served, and list paging with {@code limit}/{@code continue}. Every request is recorded (path and
 * Accept header). Failures are mock expectations ({@link #server()}{@code .expect()}), which take
 * precedence over the CRUD store, or {@link #failNext}.
 */
public final class FakeCluster implements AutoCloseable {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** One request as the server saw it. */
  public record Request(String method, String path, String accept) {}

  private final Map<ServerRequest, Queue<ServerResponse>> expectations = new HashMap<>();
  private final KubernetesMockServer server;
  private final Set<String> servedGroupVersions = new LinkedHashSet<>();
  private final Map<String, List<Map<String, Object>>> resourcesByGroupVersion = new LinkedHashMap<>();
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
  private final Map<String, Integer> failureCodes = new ConcurrentHashMap<>();
  private final HttpClient http = HttpClient.newHttpClient();
  private String gitVersion = "v1.33.4-eks-0bc1d2e";

  public FakeCluster() {
    KubernetesMixedDispatcher crud = new KubernetesMixedDispatcher(expectations);
    server = new KubernetesMockServer(new Context(), new MockWebServer(), expectations, new Front(crud), false);
    server.init();
    serveBuiltIns();
  }

  /** Serves every built-in kind of the catalog (policy/v1beta1 PodSecurityPolicy aside) at its usual version. */
  private void serveBuiltIns() {
    for (KubeKind k : KubeKind.all()) {
      if (!k.extension()) {
        serve(k, defaultVersion(k.group()));
      }
    }
  }

  private static String defaultVersion(String group) {
    return switch (group) {
      case "autoscaling" -> "v2";
      default -> "v1";
    };
  }

  /** Declares a kind served at a version (a CRD installed, or an old API still served). */
  public FakeCluster serve(KubeKind kind, String version) {
    String gv = kind.group().isEmpty() ? version : kind.group() + "/" + version;
    servedGroupVersions.add(gv);
    List<Map<String, Object>> list = resourcesByGroupVersion.computeIfAbsent(gv, x -> new ArrayList<>());
    list.removeIf(m -> m.get("kind").equals(kind.kind()));
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("name", kind.plural());
    r.put("namespaced", kind.namespaced());
    r.put("kind", kind.kind());
    r.put("verbs", List.of("get", "list", "watch", "create"));
    list.add(r);
    return this;
  }

  public FakeCluster version(String git) {
    this.gitVersion = git;
    return this;
  }

  public KubernetesMockServer server() {
    return server;
  }

  public String url() {
    return server.url("/").replaceAll("/$", "");
  }

  public List<Request> requests() {
    return List.copyOf(requests);
  }

  /** The next {@code times} GETs whose path starts with {@code pathPrefix} answer {@code code}. */
  public void failNext(String pathPrefix, int code, int times) {
    failures.put(pathPrefix, new AtomicInteger(times));
    failureCodes.put(pathPrefix, code);
  }

  /** Writes a kubeconfig for this server with one context, {@code fake}, whose namespace is {@code default}. */
  public Path kubeconfig(Path dir) {
    String text = """
        apiVersion: v1
        kind: Config
        clusters:
        - name: fake
          cluster:
            server: %s
        contexts:
        - name: fake
          context:
            cluster: fake
            user: tester
            namespace: default
        current-context: fake
        users:
        - name: tester
          user:
            token: not-a-real-token
        """.formatted(url());
    try {
      Path file = dir.resolve("kubeconfig");
      Files.writeString(file, text);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Creates every object of a YAML text (one or more documents) as its namespace's client would. */
  public FakeCluster apply(String yaml) {
    LoadedInput in = new ManifestLoader().loadText("fixture.yaml", yaml);
    if (!in.errors().isEmpty()) {
      throw new IllegalArgumentException("fixture: " + in.errors());
    }
    in.resources().forEach(this::create);
    return this;
  }

  public FakeCluster applyFiles(List<Path> files) {
    LoadedInput in = new ManifestLoader().load(files.stream().map(Path::toString).toList());
    in.resources().forEach(this::create);
    return this;
  }

  /** Creates one object; kinds outside the catalog are skipped (nothing would list them). */
  public boolean create(Resource r) {
    KubeKind kind = KubeKind.find(r.group(), r.kind()).orElse(null);
    if (kind == null) {
      return false;
    }
    boolean served = resourcesByGroupVersion.getOrDefault(r.apiVersion(), List.of()).stream().anyMatch(m -> m.get("kind").equals(r.kind()));
    if (!served) {
      serve(kind, r.version());
    }
    Map<String, Object> object = toData(r.node());
    @SuppressWarnings("unchecked")
    Map<String, Object> meta = (Map<String, Object>) object.computeIfAbsent("metadata", k -> new LinkedHashMap<>());
    String namespace = r.namespace().isEmpty() ? "default" : r.namespace();
    if (kind.namespaced()) {
      meta.put("namespace", namespace);
    }
    meta.putIfAbsent("uid", UUID.nameUUIDFromBytes((r.kind() + "/" + namespace + "/" + r.name()).getBytes(StandardCharsets.UTF_8)).toString());
    String root = r.group().isEmpty() ? "/api/" + r.version() : "/apis/" + r.apiVersion();
    String path = root + (kind.namespaced() ? "/namespaces/" + namespace : "") + "/" + kind.plural();
    StringBuilder body = new StringBuilder();
    new JsonWriter(body).data(object);
    // an object that exists is replaced, as kubectl apply would
    if (send("POST", path, body.toString()) == 409) {
      send("PUT", path + "/" + r.name(), body.toString());
    }
    return true;
  }

  private int send(String method, String path, String body) {
    try {
      HttpResponse<String> response = http.send(
          HttpRequest.newBuilder(URI.create(url() + path)).header("Content-Type", "application/json")
              .method(method, HttpRequest.BodyPublishers.ofString(body)).build(),
          HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == 409 && method.equals("POST")) {
        return 409;
      }
      if (response.statusCode() >= 300) {
        throw new IllegalStateException(method + " " + path + ": " + response.statusCode() + " " + response.body());
      }
      return response.statusCode();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A YAML-typed node as plain JSON data, typed as Kubernetes reads YAML. */
  static Map<String, Object> toData(Node node) {
    @SuppressWarnings("unchecked")
    Map<String, Object> m = (Map<String, Object>) data(node);
    return m;
  }

  private static Object data(Node n) {
    if (n.isMap()) {
      Map<String, Object> m = new LinkedHashMap<>();
      n.entries().forEach((k, v) -> m.put(k, data(v)));
      return m;
    }
    if (n.isList()) {
      List<Object> l = new ArrayList<>();
      n.items().forEach(i -> l.add(data(i)));
      return l;
    }
    if (n instanceof ScalarNode s) {
      return switch (s.type()) {
        case NULL -> null;
        case BOOL -> s.asBoolean().orElse(false);
        case INT -> s.asLong().isPresent() ? (Object) s.asLong().getAsLong() : s.value();
        case FLOAT -> s.asNumber().map(Object.class::cast).orElse(s.value());
        default -> s.value();
      };
    }
    return null;
  }

  @Override
  public void close() {
    server.destroy();
  }

  /** Discovery, injected failures and paging in front of the mock's expectations and CRUD store. */
  private final class Front extends Dispatcher {
    private final KubernetesMixedDispatcher crud;

    Front(KubernetesMixedDispatcher crud) {
      this.crud = crud;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      String full = request.getPath();
      requests.add(new Request(request.getMethod(), full, request.getHeader("Accept")));
      String path = full.contains("?") ? full.substring(0, full.indexOf('?')) : full;
      if (request.getMethod().equals("GET")) {
        for (Map.Entry<String, AtomicInteger> f : failures.entrySet()) {
          if (full.startsWith(f.getKey()) && f.getValue().getAndDecrement() > 0) {
            int code = failureCodes.get(f.getKey());
            return json(code, "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"message\":\"injected failure\",\"code\":" + code + "}");
          }
        }
        MockResponse discovery = discovery(path);
        if (discovery != null) {
          return discovery;
        }
      }
      MockResponse response = crud.dispatch(request);
      if (request.getMethod().equals("GET") && response.code() == 200 && full.contains("limit=")) {
        return page(response, query(full));
      }
      return response;
    }

    private MockResponse discovery(String path) {
      if (path.equals("/version")) {
        return json(200, "{\"major\":\"1\",\"minor\":\"" + gitVersion.replaceAll("v1\\.(\\d+).*", "$1") + "\",\"gitVersion\":\"" + gitVersion + "\"}");
      }
      if (path.equals("/api")) {
        return json(200, "{\"kind\":\"APIVersions\",\"versions\":[\"v1\"]}");
      }
      if (path.equals("/apis")) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (String gv : servedGroupVersions) {
          if (gv.contains("/")) {
            groups.computeIfAbsent(gv.substring(0, gv.indexOf('/')), g -> new ArrayList<>()).add(gv.substring(gv.indexOf('/') + 1));
          }
        }
        List<Object> list = new ArrayList<>();
        groups.forEach((g, versions) -> {
          List<Object> vs = new ArrayList<>();
          versions.forEach(v -> vs.add(Map.of("groupVersion", g + "/" + v, "version", v)));
          list.add(Map.of("name", g, "versions", vs, "preferredVersion", Map.of("groupVersion", g + "/" + versions.get(0), "version", versions.get(0))));
        });
        StringBuilder out = new StringBuilder();
        new JsonWriter(out).data(Map.of("kind", "APIGroupList", "apiVersion", "v1", "groups", list));
        return json(200, out.toString());
      }
      String gv = path.startsWith("/api/") ? path.substring(5) : path.startsWith("/apis/") ? path.substring(6) : null;
      if (gv != null && servedGroupVersions.contains(gv) && resourcesByGroupVersion.containsKey(gv)) {
        StringBuilder out = new StringBuilder();
        new JsonWriter(out).data(Map.of("kind", "APIResourceList", "groupVersion", gv, "resources", resourcesByGroupVersion.get(gv)));
        return json(200, out.toString());
      }
      return null;
    }

    /** Serves one page of a CRUD list: items sorted by namespace and name, the offset as continue token. */
    private MockResponse page(MockResponse whole, Map<String, String> query) {
      JsonNode list = JSON.readTree(whole.getBody().readUtf8());
      if (!(list instanceof ObjectNode obj) || !(obj.get("items") instanceof ArrayNode items)) {
        return json(200, list.toString());
      }
      List<JsonNode> sorted = new ArrayList<>();
      items.forEach(sorted::add);
      sorted.sort(java.util.Comparator.comparing((JsonNode i) -> i.path("metadata").path("namespace").asString(""))
          .thenComparing(i -> i.path("metadata").path("name").asString("")));
      int limit = Integer.parseInt(query.getOrDefault("limit", "500"));
      int from = query.containsKey("continue") ? Integer.parseInt(query.get("continue")) : 0;
      int to = Math.min(sorted.size(), from + limit);
      ArrayNode pageItems = JSON.createArrayNode();
      sorted.subList(Math.min(from, sorted.size()), to).forEach(pageItems::add);
      ObjectNode meta = JSON.createObjectNode();
      meta.put("resourceVersion", "1");
      if (to < sorted.size()) {
        meta.put("continue", String.valueOf(to));
      }
      obj.set("items", pageItems);
      obj.set("metadata", meta);
      return json(200, obj.toString());
    }

    private Map<String, String> query(String full) {
      Map<String, String> out = new HashMap<>();
      if (!full.contains("?")) {
        return out;
      }
      for (String kv : full.substring(full.indexOf('?') + 1).split("&")) {
        int eq = kv.indexOf('=');
        if (eq > 0) {
          out.put(kv.substring(0, eq), URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8));
        }
      }
      return out;
    }

    private MockResponse json(int code, String body) {
      return new MockResponse().setResponseCode(code).setHeader("Content-Type", "application/json").setBody(body);
    }
  }
}
