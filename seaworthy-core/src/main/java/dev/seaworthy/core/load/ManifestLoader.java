package dev.seaworthy.core.load;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Origin;
import dev.seaworthy.core.model.Position;
import dev.seaworthy.core.model.Resource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Reads Kubernetes manifests from files, folders (recursively: {@code .yaml}, {@code .yml},
 * {@code .json}) and standard input ({@code -}). Every document becomes a {@link Resource} or an
 * {@link InputError}; {@code kind: List} and typed {@code *List} objects are flattened into their
 * items. Nothing is fetched from the network and nothing in the input is executed.
 *
 * <p>Files that a {@link SourceLoader} claims (Terraform, say) are read here but turned into
 * resources by that loader, so core knows no other format.
 */
public final class ManifestLoader {

  public static final String STDIN = "-";
  private static final String STDIN_NAME = "<stdin>";

  private final LoadLimits limits;
  private final YamlReader reader;
  private final Supplier<InputStream> stdin;
  private final List<SourceLoader> sources;
  private final int threads;

  public ManifestLoader(LoadLimits limits, Supplier<InputStream> stdin) {
    this(limits, stdin, List.of());
  }

  /** A loader that hands the files the given source loaders claim to them. */
  public ManifestLoader(LoadLimits limits, Supplier<InputStream> stdin, List<SourceLoader> sources) {
    this(limits, stdin, sources, Runtime.getRuntime().availableProcessors());
  }

  /**
   * {@code threads}: how many files of a folder are read and parsed at once. The result is the same
   * for any value: files are parsed in parallel and their results put together in folder order.
   */
  public ManifestLoader(LoadLimits limits, Supplier<InputStream> stdin, List<SourceLoader> sources, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1");
    }
    this.limits = limits;
    this.reader = new YamlReader(limits);
    this.stdin = stdin;
    this.sources = List.copyOf(sources);
    this.threads = threads;
  }

  public ManifestLoader() {
    this(LoadLimits.DEFAULTS, () -> System.in);
  }

  /** Loads every argument: a file, a folder or {@code -}. Order is the order of the arguments, folders sorted. */
  public LoadedInput load(List<String> arguments) {
    Collector out = new Collector();
    for (String argument : arguments) {
      Path p = Path.of(argument);
      if (!STDIN.equals(argument) && !Files.isDirectory(p)) {
        out.named.add(Collector.key(p));
      }
    }
    for (String argument : arguments) {
      if (STDIN.equals(argument)) {
        readStdin(out);
        continue;
      }
      Path path = Path.of(argument);
      if (Files.isDirectory(path)) {
        walk(path, argument, out);
      } else if (out.firstVisit(path)) {
        SourceLoader claimant = claimant(path);
        if (claimant != null) {
          readClaimed(claimant, path, argument, true, out);
        } else {
          readFile(path, argument, out, false);
        }
      }
    }
    return finish(out);
  }

  private SourceLoader claimant(Path file) {
    for (SourceLoader s : sources) {
      if (s.claims(file)) {
        return s;
      }
    }
    return null;
  }

  /** Reads a claimed file with the same limits and decoding as a manifest; the loader gets the text. */
  private void readClaimed(SourceLoader claimant, Path path, String shown, boolean named, Collector out) {
    Position where = new Position(shown, 0, 0);
    try {
      long size = Files.size(path);
      out.files++;
      if (size > limits.maxFileBytes()) {
        out.error(where, "file is larger than " + LoadLimits.describeSize(limits.maxFileBytes(), "bytes") + "; not read");
        return;
      }
      TextDecoder.Result decoded = TextDecoder.decode(Files.readAllBytes(path));
      if (!decoded.ok()) {
        out.error(new Position(shown, decoded.errorLine(), decoded.errorLine() > 0 ? 1 : 0), decoded.error());
        return;
      }
      out.claimed.computeIfAbsent(claimant, k -> new ArrayList<>()).add(new SourceLoader.SourceFile(path, shown, decoded.text(), named));
    } catch (NoSuchFileException e) {
      out.error(where, "no such file or folder");
    } catch (AccessDeniedException e) {
      out.error(where, "permission denied");
    } catch (IOException e) {
      out.error(where, "cannot read: " + reason(e));
    }
  }

  /** Hands every claimed file to its loader, in the order the loaders were given. */
  private LoadedInput finish(Collector out) {
    LoadedInput result = out.result();
    for (SourceLoader s : sources) {
      List<SourceLoader.SourceFile> files = out.claimed.get(s);
      if (files != null) {
        result = result.plus(s.load(files));
      }
    }
    return result;
  }

  /** Loads text that is already in memory (tests, the webhook, generated blueprints). */
  public LoadedInput loadText(String name, String text) {
    Collector out = new Collector();
    out.files++;
    parse(name, text, out, false);
    return out.result();
  }

  private void readStdin(Collector out) {
    try (InputStream in = stdin.get()) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
      if (bytes.length > limits.maxFileBytes()) {
        out.error(new Position(STDIN_NAME, 0, 0), "standard input is larger than " + LoadLimits.describeSize(limits.maxFileBytes(), "bytes"));
        return;
      }
      if (new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
        // `helm template broken | seaworthy audit -` must not pass as a clean audit
        out.files++;
        out.error(new Position(STDIN_NAME, 0, 0), "standard input is empty: did the command feeding it fail?");
        return;
      }
      TextDecoder.Result decoded = TextDecoder.decode(bytes);
      if (decoded.ok()) {
        for (SourceLoader s : sources) {
          if (s.claimsText(decoded.text())) {
            out.files++;
            out.claimed.computeIfAbsent(s, k -> new ArrayList<>()).add(new SourceLoader.SourceFile(null, STDIN_NAME, decoded.text(), true));
            return;
          }
        }
      }
      decodeAndParse(STDIN_NAME, bytes, out, false);
    } catch (IOException e) {
      out.error(new Position(STDIN_NAME, 0, 0), "cannot read standard input: " + e.getMessage());
    }
  }

  private void walk(Path root, String shownRoot, Collector out) {
    List<Path> files = new ArrayList<>();
    try {
      // walkFileTree rather than Files.walk: an unreadable subfolder costs that folder, not the walk
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          return dir.equals(root) || !isHiddenBelow(root, dir) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (!isHiddenBelow(root, file) && Files.isRegularFile(file) && (isManifestName(file) || claimant(file) != null)) {
            files.add(file);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          out.error(new Position(displayName(root, shownRoot, file), 0, 0), "cannot read: " + reason(e));
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      out.error(new Position(shownRoot, 0, 0), "cannot list folder: " + reason(e));
    }
    files.sort(null);
    // Deciding what to read is quick and stateful (kustomize notices once per folder, files seen
    // once): done in order. Reading and parsing is the cost: done in parallel, each file into its
    // own collector, and the collectors merged in folder order so the result is that of a serial run.
    Kustomizations kustomizations = new Kustomizations(root, reader);
    ChartFolders charts = new ChartFolders(root);
    List<Object> steps = new ArrayList<>(); // a Notice to add, or a FileRead to run
    for (Path file : files) {
      String shown = displayName(root, shownRoot, file);
      if (file.getFileName().toString().equals("Chart.yaml")) {
        steps.add(
            new Notice(
                new Position(shown, 0, 0),
                "Helm chart folder: its templates are not audited as they are; pipe `helm template` output to `seaworthy audit -`"));
        continue;
      }
      // a file also named on its own is read as named (a var file to apply, say), not as found
      if (charts.inside(file) || out.named.contains(Collector.key(file)) || !out.firstVisit(file)) {
        continue;
      }
      SourceLoader claimant = claimant(file);
      if (claimant != null) {
        steps.add(new ClaimedRead(claimant, file, shown));
        continue;
      }
      Kustomizations.Verdict verdict = kustomizations.verdict(file);
      verdict.notice().ifPresent(n -> steps.add(new Notice(new Position(displayName(root, shownRoot, n.folder()), 0, 0), n.message())));
      if (verdict.audit()) {
        steps.add(new FileRead(file, shown));
      }
    }
    Collector[] read = new Collector[steps.size()];
    java.util.function.IntConsumer readOne = i -> {
      if (steps.get(i) instanceof FileRead f) {
        read[i] = new Collector();
        readFile(f.file(), f.shown(), read[i], true);
      }
    };
    if (threads == 1 || steps.size() < 2) {
      for (int i = 0; i < steps.size(); i++) {
        readOne.accept(i);
      }
    } else {
      java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(threads);
      try {
        pool.submit(() -> java.util.stream.IntStream.range(0, steps.size()).parallel().forEach(readOne)).get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("reading interrupted", e);
      } catch (java.util.concurrent.ExecutionException e) {
        throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException("reading failed", e.getCause());
      } finally {
        pool.shutdown();
      }
    }
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i) instanceof Notice n) {
        out.notices.add(n);
      } else if (steps.get(i) instanceof ClaimedRead c) {
        // few files, and the source loader reads them all at once later: read here, in order
        readClaimed(c.claimant(), c.file(), c.shown(), false, out);
      } else {
        out.add(read[i]);
        read[i] = null;
      }
    }
  }

  private record FileRead(Path file, String shown) {}

  private record ClaimedRead(SourceLoader claimant, Path file, String shown) {}

  /**
   * Whether a file lies in a Helm chart: a folder between it and the root holds a Chart.yaml.
   * Answers are kept per folder, so a large tree costs one look per folder, not one per file and level.
   */
  private static final class ChartFolders {
    private final Path root;
    private final java.util.Map<Path, Boolean> chart = new java.util.HashMap<>();

    ChartFolders(Path root) {
      this.root = root;
    }

    boolean inside(Path file) {
      Path dir = file.getParent();
      return dir != null && dir.startsWith(root) && inChart(dir);
    }

    private boolean inChart(Path dir) {
      Boolean known = chart.get(dir);
      if (known != null) {
        return known;
      }
      Path parent = dir.getParent();
      boolean answer = Files.isRegularFile(dir.resolve("Chart.yaml")) || (parent != null && parent.startsWith(root) && inChart(parent));
      chart.put(dir, answer);
      return answer;
    }
  }

  /** Hidden folders (.git, .github, ...) and hidden files below the root are not manifests. */
  private static boolean isHiddenBelow(Path root, Path p) {
    Path rel = root.relativize(p);
    for (Path part : rel) {
      String s = part.toString();
      if (s.startsWith(".") && !s.equals(".") && !s.equals("..")) {
        return true;
      }
    }
    return false;
  }

  static boolean isManifestName(Path p) {
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
  }

  private static String displayName(Path root, String shownRoot, Path file) {
    String rel = root.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString();
    if (shownRoot.equals(".")) {
      return rel;
    }
    String sep = shownRoot.endsWith("/") ? "" : "/";
    return shownRoot + sep + rel;
  }

  private void readFile(Path path, String shown, Collector out, boolean scanned) {
    Position where = new Position(shown, 0, 0);
    try {
      long size = Files.size(path);
      if (size > limits.maxFileBytes()) {
        out.files++;
        out.error(where, "file is larger than " + LoadLimits.describeSize(limits.maxFileBytes(), "bytes") + "; not read");
        return;
      }
      byte[] bytes = Files.readAllBytes(path);
      decodeAndParse(shown, bytes, out, scanned);
    } catch (NoSuchFileException e) {
      out.error(where, "no such file or folder");
    } catch (AccessDeniedException e) {
      out.error(where, "permission denied");
    } catch (IOException e) {
      out.error(where, "cannot read: " + reason(e));
    }
  }

  private static String reason(Exception e) {
    Throwable t = e instanceof UncheckedIOException u ? u.getCause() : e;
    if (t instanceof AccessDeniedException) {
      return "permission denied";
    }
    return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
  }

  private void decodeAndParse(String name, byte[] bytes, Collector out, boolean scanned) {
    out.files++;
    TextDecoder.Result decoded = TextDecoder.decode(bytes);
    if (!decoded.ok()) {
      out.error(new Position(name, decoded.errorLine(), decoded.errorLine() > 0 ? 1 : 0), decoded.error());
      return;
    }
    parse(name, decoded.text(), out, scanned);
  }

  /**
   * Turns a file's documents into resources. {@code scanned}: the file was found by walking a
   * folder, not named by the user; a scanned file in which nothing even looks like a Kubernetes
   * object (docker-compose.yml, package.json, Helm values) is skipped with a notice instead of
   * being reported as broken input.
   */
  private void parse(String name, String text, Collector out, boolean scanned) {
    List<YamlDocument> docs = reader.read(name, text);
    if (scanned && docs.stream().noneMatch(d -> d instanceof YamlDocument.Failed)
        && docs.stream().noneMatch(d -> d instanceof YamlDocument.Parsed p && looksLikeObject(p.root()))) {
      if (!docs.isEmpty()) {
        out.notices.add(new Notice(new Position(name, 0, 0), "not a Kubernetes manifest (no document has apiVersion, kind or metadata); skipped"));
      }
      return;
    }
    for (YamlDocument doc : docs) {
      if (doc instanceof YamlDocument.Failed f) {
        out.errors.add(f.error());
      } else if (doc instanceof YamlDocument.Parsed p) {
        addObject(p.root(), out, null);
      }
    }
  }

  /** A mapping that names apiVersion, kind or metadata, or a list of such mappings: an attempted manifest. */
  static boolean looksLikeObject(Node root) {
    if (root.isList()) {
      return root.items().stream().anyMatch(ManifestLoader::looksLikeObject);
    }
    return root.isMap() && (!root.at("apiVersion").isMissing() || !root.at("kind").isMissing() || !root.at("metadata").isMissing());
  }

  /**
   * Adds one top-level object. {@code list} is the enclosing List when flattening: items of a typed
   * list (PodList from the API) omit their own apiVersion and kind, which are then inferred.
   */
  private void addObject(Node root, Collector out, Resource list) {
    if (root.isNull()) {
      return;
    }
    if (root.isScalar()) {
      out.error(root.position(), "document is a scalar, not a Kubernetes object");
      return;
    }
    if (root.isList()) {
      out.error(root.position(), "document is a list, not a Kubernetes object (wrap it in `kind: List` with `items:`)");
      return;
    }
    Resource resource = Resource.fromObject(Origin.MANIFEST, root);
    if (list != null && (resource.kind().isEmpty() || resource.apiVersion().isEmpty())) {
      String kind = resource.kind().isEmpty() ? list.kind().substring(0, list.kind().length() - 4) : resource.kind();
      String apiVersion = resource.apiVersion().isEmpty() ? list.apiVersion() : resource.apiVersion();
      resource =
          new Resource(
              Origin.MANIFEST, apiVersion, kind, resource.namespace(), resource.name(), root, root.position());
    }
    if (resource.apiVersion().isEmpty() || resource.kind().isEmpty()) {
      String missing =
          resource.apiVersion().isEmpty() && resource.kind().isEmpty()
              ? "apiVersion and kind"
              : resource.apiVersion().isEmpty() ? "apiVersion" : "kind";
      out.error(root.position(), "mapping has no " + missing + "; not a Kubernetes object");
      return;
    }
    if (resource.apiVersion().startsWith("eksctl.io/")) {
      // an eksctl config is not applied to a cluster: rules tell it apart by origin
      resource =
          new Resource(Origin.EKSCTL, resource.apiVersion(), resource.kind(), resource.namespace(), resource.name(), root, root.position());
    }
    if (isList(resource)) {
      if (list != null) {
        out.error(root.position(), "a List inside a List is not a Kubernetes object");
        return;
      }
      for (Node item : root.at("items").items()) {
        addObject(item, out, resource);
      }
      return;
    }
    out.resources.add(resource);
  }

  private static boolean isList(Resource r) {
    return r.kind().endsWith("List")
        && r.node().at("items").isList()
        && r.node().at("metadata", "name").isMissing();
  }

  private static final class Collector {
    final List<Resource> resources = new ArrayList<>();
    final List<InputError> errors = new ArrayList<>();
    final List<Notice> notices = new ArrayList<>();
    final java.util.Map<SourceLoader, List<SourceLoader.SourceFile>> claimed = new java.util.LinkedHashMap<>();
    int files;
    final java.util.Set<Path> seen = new java.util.HashSet<>();

    final java.util.Set<Path> named = new java.util.HashSet<>();

    /** False for a file already read in this run (named twice, or also inside a named folder). */
    boolean firstVisit(Path p) {
      return seen.add(key(p));
    }

    static Path key(Path p) {
      try {
        return p.toRealPath();
      } catch (IOException e) {
        return p.toAbsolutePath().normalize(); // missing files are reported by readFile
      }
    }

    void add(Collector other) {
      resources.addAll(other.resources);
      errors.addAll(other.errors);
      notices.addAll(other.notices);
      files += other.files;
    }

    void error(Position p, String reason) {
      errors.add(new InputError(p, reason));
    }

    LoadedInput result() {
      return new LoadedInput(resources, errors, notices, files);
    }
  }
}
