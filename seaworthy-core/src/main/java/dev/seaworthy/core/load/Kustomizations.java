package dev.seaworthy.core.load;

import dev.seaworthy.core.model.Node;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which files of a kustomize folder are objects to audit as they are. Kustomize folders
 * hold partial objects (patches) next to complete ones; a patch audited as an object gives false
 * findings ("no selector", "runs as root"). So in a folder with a kustomization file only the files
 * listed under {@code resources} (or the deprecated {@code bases}) are audited, and one notice says
 * how to audit the rendered result instead.
 */
final class Kustomizations {

  static final Set<String> FILE_NAMES = Set.of("kustomization.yaml", "kustomization.yml", "Kustomization");

  /** A notice about a kustomize folder, given once per folder. */
  record FolderNotice(Path folder, String message) {}

  /** Whether to audit a file, and a notice to give (once per kustomize folder). */
  record Verdict(boolean audit, Optional<FolderNotice> notice) {}

  private record Kustomization(Path dir, Set<Path> resources) {}

  private final Path root;
  private final YamlReader reader;
  private final Map<Path, Optional<Kustomization>> byDir = new HashMap<>();
  private final Set<Path> announced = new HashSet<>();

  Kustomizations(Path root, YamlReader reader) {
    this.root = root.toAbsolutePath().normalize();
    this.reader = reader;
  }

  Verdict verdict(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    if (FILE_NAMES.contains(abs.getFileName().toString())) {
      return new Verdict(false, nearest(abs.getParent()).flatMap(this::announce));
    }
    Optional<Kustomization> k = nearest(abs.getParent());
    if (k.isEmpty()) {
      return new Verdict(true, Optional.empty());
    }
    return new Verdict(k.get().resources().contains(abs), announce(k.get()));
  }

  private Optional<FolderNotice> announce(Kustomization k) {
    if (!announced.add(k.dir())) {
      return Optional.empty();
    }
    String message = "kustomize folder: audited the " + k.resources().size()
        + " file(s) listed under resources as they are; patches, generators and overlays were not applied"
        + " (to audit what kustomize renders: kubectl kustomize <folder> | seaworthy audit -)";
    return Optional.of(new FolderNotice(k.dir(), message));
  }

  private Optional<Kustomization> nearest(Path dir) {
    if (dir == null || !dir.startsWith(root)) {
      return Optional.empty();
    }
    Optional<Kustomization> cached = byDir.get(dir);
    if (cached != null) {
      return cached;
    }
    Optional<Kustomization> found = read(dir);
    if (found.isEmpty()) {
      found = nearest(dir.getParent());
    }
    byDir.put(dir, found);
    return found;
  }

  private Optional<Kustomization> read(Path dir) {
    for (String name : FILE_NAMES) {
      Path file = dir.resolve(name);
      if (!Files.isRegularFile(file)) {
        continue;
      }
      Set<Path> resources = new HashSet<>();
      try {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        for (YamlDocument doc : reader.read(file.toString(), text)) {
          if (doc instanceof YamlDocument.Parsed p) {
            addFiles(dir, p.root().at("resources"), resources);
            addFiles(dir, p.root().at("bases"), resources);
          }
        }
      } catch (IOException e) {
        // an unreadable kustomization still marks the folder: audit nothing of it as-is
      }
      return Optional.of(new Kustomization(dir, resources));
    }
    return Optional.empty();
  }

  private static void addFiles(Path dir, Node list, Set<Path> out) {
    List<Node> items = list.items();
    for (Node item : items) {
      String ref = item.textOr("");
      if (ref.isEmpty() || ref.contains("://") || ref.contains("?ref=")) {
        continue; // remote resources are kustomize's business
      }
      Path p = dir.resolve(ref).normalize();
      if (Files.isRegularFile(p)) {
        out.add(p);
      }
    }
  }
}
