package dev.seaworthy.rules.dr;

import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.view.ContainerView;
import dev.seaworthy.core.view.PodSpecView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Readers for Velero objects and for the stateful workloads they should protect. */
final class Velero {

  static final String GROUP = "velero.io";
  static final String OPT_IN = "backup.velero.io/backup-volumes";

  private Velero() {}

  /** Velero is judged only when the input shows Velero objects: otherwise backups may be done another way. */
  static boolean inUse(Inventory inventory) {
    return inventory.get(IN_USE);
  }

  private static final Inventory.Derived<Boolean> IN_USE =
      Inventory.Derived.of("Velero objects present", i -> i.all().stream().anyMatch(r -> r.group().equals(GROUP)));

  static boolean isSchedule(Resource r) {
    return r.group().equals(GROUP) && r.kind().equals("Schedule");
  }

  /** Schedules that run: paused ones back up nothing. */
  static List<Resource> activeSchedules(Inventory inventory) {
    return inventory.ofKind("Schedule").stream()
        .filter(Velero::isSchedule)
        .filter(s -> !s.node().at("spec", "paused").asBoolean().orElse(false))
        .toList();
  }

  /** The backup spec: a Schedule's template or a Backup's spec. */
  static Node backupSpec(Resource r) {
    return r.kind().equals("Schedule") ? r.node().at("spec", "template") : r.node().at("spec");
  }

  /**
   * Whether a backup spec takes a namespace. Empty or {@code *} includes all; glob patterns (Velero
   * 1.18+) are honoured when they include, and ignored when they exclude, so that an older Velero
   * that does not expand them never makes a namespace look unprotected.
   */
  static boolean covers(Node spec, String namespace) {
    List<String> included = strings(spec.at("includedNamespaces"));
    List<String> excluded = strings(spec.at("excludedNamespaces"));
    if (excluded.contains("*") || excluded.contains(namespace)) {
      return false;
    }
    if (included.isEmpty() || included.contains("*")) {
      return true;
    }
    return included.stream().anyMatch(p -> p.equals(namespace) || glob(p, namespace));
  }

  /** Whether a backup spec names a namespace in its exclusions. */
  static boolean excludes(Node spec, String namespace) {
    List<String> excluded = strings(spec.at("excludedNamespaces"));
    return excluded.contains("*") || excluded.contains(namespace);
  }

  /** The Velero server's flag value, when the input holds the server Deployment. */
  static Optional<String> serverFlag(Inventory inventory, String flag) {
    for (PodSpecView pod : inventory.podSpecs()) {
      for (ContainerView c : pod.containers()) {
        if (!c.image().contains("velero/velero")) {
          continue;
        }
        List<Node> words = new ArrayList<>(c.node().at("command").items());
        words.addAll(c.node().at("args").items());
        for (Node w : words) {
          String arg = w.textOr("");
          if (arg.equals("--" + flag)) {
            return Optional.of("true");
          }
          if (arg.startsWith("--" + flag + "=")) {
            return Optional.of(arg.substring(flag.length() + 3));
          }
        }
      }
    }
    return Optional.empty();
  }

  /** What keeps data in PersistentVolumeClaims: the node to report on and words for the message. */
  record Stateful(Node node, String what) {}

  static Optional<Stateful> stateful(PodSpecView pod) {
    Resource r = pod.resource();
    if (r.kind().equals("StatefulSet")) {
      Node templates = r.node().at("spec", "volumeClaimTemplates");
      List<String> names = templates.items().stream().map(t -> t.at("metadata", "name").textOr("<unnamed>")).toList();
      if (!names.isEmpty()) {
        return Optional.of(new Stateful(templates, "volumeClaimTemplates " + String.join(", ", names)));
      }
    }
    for (Node volume : pod.spec().at("volumes").items()) {
      Optional<String> claim = volume.at("persistentVolumeClaim", "claimName").text();
      if (claim.isPresent()) {
        return Optional.of(new Stateful(volume, "PersistentVolumeClaim \"" + claim.get() + "\""));
      }
    }
    return Optional.empty();
  }

  /** Pods of a controller are judged through the controller; a bare Pod on its own. */
  static boolean ownedByController(Resource r) {
    return !r.node().at("metadata", "ownerReferences").items().isEmpty();
  }

  /** Pods that opt their volumes in to file-system backup. */
  static boolean optsInToFsBackup(PodSpecView pod) {
    return pod.templateMetadata().at("annotations", OPT_IN).text().filter(s -> !s.isBlank()).isPresent();
  }

  static String describe(Resource r) {
    return r.kind() + " \"" + (r.name().isEmpty() ? "<unnamed>" : r.name()) + "\"";
  }

  private static List<String> strings(Node list) {
    return list.items().stream().map(n -> n.textOr("")).filter(s -> !s.isEmpty()).toList();
  }

  /** Velero's namespace globs: {@code *}, {@code ?} and bracket classes. */
  private static boolean glob(String pattern, String name) {
    if (!pattern.contains("*") && !pattern.contains("?") && !pattern.contains("[")) {
      return false;
    }
    StringBuilder regex = new StringBuilder();
    for (char c : pattern.toCharArray()) {
      switch (c) {
        case '*' -> regex.append(".*");
        case '?' -> regex.append('.');
        case '[', ']', '-' -> regex.append(c);
        default -> regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    try {
      return name.matches(regex.toString());
    } catch (PatternSyntaxException e) {
      return false;
    }
  }
}
