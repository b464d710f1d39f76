package dev.seaworthy.kube;

import dev.seaworthy.core.model.Node;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.http.HttpClient;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.HttpResponse;
import io.fabric8.kubernetes.client.utils.HttpClientUtils;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * GET requests to the API server through the fabric8 client's configuration (kubeconfig, contexts,
 * exec credential plugins, tokens, TLS) and its JDK HTTP client, with Seaworthy's own bounded retry:
 * fabric8's is turned off so every retry is counted and can be reported.
 */
final class ApiClient implements AutoCloseable {

  static final String JSON = "application/json";
  /** Metadata only: the API server answers with a PartialObjectMetadataList, never the objects' content. */
  static final String METADATA_ONLY = "application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1";

  private static final Path SERVICE_ACCOUNT_TOKEN = Path.of("/var/run/secrets/kubernetes.io/serviceaccount/token");

  private final Config config;
  private final HttpClient http;
  private final String base;
  private final ClusterOptions options;

  /** A request that failed for good: the HTTP status (0 when there was no answer) and a one-line reason. */
  static final class ApiException extends Exception {
    private static final long serialVersionUID = 1L;
    final int status;

    ApiException(int status, String message) {
      super(message);
      this.status = status;
    }
  }

  /** Reads a successful response body. */
  interface BodyReader<T> {
    T read(InputStream body) throws IOException;
  }

  private ApiClient(Config config, ClusterOptions options) {
    this.config = config;
    this.options = options;
    this.http = HttpClientUtils.createHttpClient(config);
    String url = config.getMasterUrl();
    this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  static ApiClient connect(ClusterOptions options) {
    Config config;
    try {
      if (options.kubeconfig().isPresent()) {
        File file = options.kubeconfig().get().toFile();
        if (!file.isFile()) {
          throw new ClusterException(file + ": kubeconfig not found", true);
        }
        config = Config.fromKubeconfig(options.context().orElse(null), file);
      } else {
        boolean anyKubeconfig = Config.getKubeconfigFilenames().stream().anyMatch(f -> new File(f).isFile());
        if (!anyKubeconfig && !Files.isReadable(SERVICE_ACCOUNT_TOKEN)) {
          throw new ClusterException("no kubeconfig (KUBECONFIG, ~/.kube/config) and not running in a pod: give --kubeconfig", true);
        }
        config = Config.autoConfigure(options.context().orElse(null));
      }
    } catch (ClusterException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new ClusterException("cannot read the kubeconfig: " + oneLine(e), true);
    }
    if (options.context().isPresent() && (config.getCurrentContext() == null
        || !options.context().get().equals(config.getCurrentContext().getName()))) {
      throw new ClusterException("context \"" + options.context().get() + "\" not found in the kubeconfig", true);
    }
    if (config.getMasterUrl() == null || config.getMasterUrl().isBlank()) {
      throw new ClusterException("the kubeconfig names no API server for this context", true);
    }
    config.setRequestRetryBackoffLimit(0);
    config.setRequestTimeout((int) options.requestTimeout().toMillis());
    return new ApiClient(config, options);
  }

  /** The context's name, or "in-cluster" for a pod's service account. */
  String contextName() {
    return config.getCurrentContext() == null ? "in-cluster" : config.getCurrentContext().getName();
  }

  /** The context's default namespace (kubectl's when no -n is given). */
  String defaultNamespace() {
    String ns = config.getNamespace();
    return ns == null || ns.isBlank() ? "default" : ns;
  }

  String server() {
    return base;
  }

  /** GET {@code path} (with its query), retried on timeouts, 429 and 5xx; returns the body as read. */
  <T> T get(String path, String accept, BodyReader<T> reader) throws ApiException {
    ApiException last = null;
    Duration wait = options.backoff();
    for (int attempt = 1; attempt <= options.attempts(); attempt++) {
      if (attempt > 1) {
        sleep(wait);
        wait = min(wait.multipliedBy(2), options.backoff().multipliedBy(8));
      }
      HttpRequest request = http.newHttpRequestBuilder().uri(base + path).header("Accept", accept).build();
      HttpResponse<InputStream> response;
      try {
        response = http.sendAsync(request, InputStream.class).get(options.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        last = new ApiException(0, "no answer within " + options.requestTimeout().toSeconds() + "s");
        continue;
      } catch (ExecutionException e) {
        last = new ApiException(0, "cannot reach " + base + ": " + oneLine(e.getCause() == null ? e : e.getCause()));
        continue;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ApiException(0, "interrupted");
      }
      int code = response.code();
      try (InputStream body = response.body()) {
        if (code >= 200 && code < 300) {
          try {
            return reader.read(body);
          } catch (IOException e) {
            last = new ApiException(0, "broken answer: " + oneLine(e));
            continue;
          }
        }
        String message = statusMessage(body);
        ApiException failure = new ApiException(code, code + " " + reasonOf(code) + (message.isEmpty() ? "" : ": " + message));
        if (code == 429 || code >= 500) {
          last = failure;
          continue;
        }
        throw failure;
      } catch (IOException e) {
        last = new ApiException(0, "broken answer: " + oneLine(e));
      }
    }
    throw new ApiException(last.status, last.getMessage() + " (after " + options.attempts() + (options.attempts() == 1 ? " attempt)" : " attempts)"));
  }

  Node getJson(String path) throws ApiException {
    return get(path, JSON, JsonTree::read);
  }

  private static String statusMessage(InputStream body) {
    try {
      byte[] bytes = body.readNBytes(64 * 1024);
      Node status = JsonTree.read(new java.io.ByteArrayInputStream(bytes));
      return status.at("message").textOr("");
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }

  private static String reasonOf(int code) {
    return switch (code) {
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 429 -> "Too Many Requests";
      case 500 -> "Internal Server Error";
      case 502 -> "Bad Gateway";
      case 503 -> "Service Unavailable";
      case 504 -> "Gateway Timeout";
      default -> "";
    };
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static String oneLine(Throwable e) {
    if (e instanceof java.net.ConnectException) {
      return "connection refused";
    }
    if (e instanceof java.net.http.HttpConnectTimeoutException || e instanceof java.net.http.HttpTimeoutException) {
      return "connection timed out";
    }
    if (e instanceof javax.net.ssl.SSLException) {
      return "TLS handshake failed (" + e.getMessage() + ")";
    }
    String m = e.getMessage();
    if (m == null || m.isBlank()) {
      return e.getClass().getSimpleName();
    }
    return new String(m.lines().findFirst().orElse(m).getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    http.close();
  }
}
