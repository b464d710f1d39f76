package dev.seaworthy.rules.deprecation;

import dev.seaworthy.core.data.DataFiles;
import dev.seaworthy.core.data.KubernetesVersion;
import dev.seaworthy.core.model.Node;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The bundled {@code deprecated-metadata.yaml}: annotations and label keys deprecated outside apiVersions. */
final class DeprecatedMetadata {

  private static final String RESOURCE = "/dev/seaworthy/rules/deprecation/deprecated-metadata.yaml";
  private static final DeprecatedMetadata BUNDLED = load();

  /** Where an entry is looked up (see the data file's header). */
  enum Scope {
    OBJECT,
    POD,
    NODE_TEMPLATE,
    NODE_SELECTION;

    static Scope parse(String text) {
      return switch (text) {
        case "object" -> OBJECT;
        case "pod" -> POD;
        case "nodeTemplate" -> NODE_TEMPLATE;
        case "nodeSelection" -> NODE_SELECTION;
        default -> throw new IllegalStateException(RESOURCE + ": unknown scope " + text);
      };
    }
  }

  /** One deprecated key. */
  record Entry(
      String key,
      boolean prefix,
      boolean labelKey,
      Set<Scope> scopes,
      Set<String> kinds,
      String component,
      String deprecatedIn,
      Optional<String> removedIn,
      Optional<String> removedOn,
      String replacement,
      String notes) {

    boolean matches(String candidate) {
      return prefix ? candidate.startsWith(key) && candidate.length() > key.length() : candidate.equals(key);
    }

    boolean isKubernetes() {
      return component.equals(ApiLifecycle.KUBERNETES);
    }

    /** Kubernetes keys count from their deprecation release; component keys always (current releases drop them). */
    boolean appliesAt(KubernetesVersion target) {
      if (!isKubernetes()) {
        return true;
      }
      return KubernetesVersion.parse(deprecatedIn).map(target::atLeast).orElse(false);
    }

    /** Whether the key is ignored at the target (a Kubernetes minor) or by current component releases. */
    boolean ignoredAt(KubernetesVersion target) {
      if (removedIn.isEmpty()) {
        return false;
      }
      return !isKubernetes() || KubernetesVersion.parse(removedIn.get()).map(target::atLeast).orElse(false);
    }

    /** Whether a resource of this group and kind may carry the key in its own metadata. */
    boolean allowsObject(String group, String kind) {
      return kinds.isEmpty() || kinds.contains(group + "/" + kind);
    }
  }

  private final List<Entry> entries;

  private DeprecatedMetadata(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  static DeprecatedMetadata bundled() {
    return BUNDLED;
  }

  List<Entry> entries() {
    return entries;
  }

  static Node root() {
    return DataFiles.read(DeprecatedMetadata.class, RESOURCE);
  }

  private static DeprecatedMetadata load() {
    List<Entry> entries = new ArrayList<>();
    for (Node n : root().at("entries").items()) {
      Set<Scope> scopes = new LinkedHashSet<>();
      n.at("scopes").items().forEach(s -> scopes.add(Scope.parse(s.textOr(""))));
      Set<String> kinds = new LinkedHashSet<>();
      n.at("kinds").items().forEach(k -> k.text().ifPresent(kinds::add));
      entries.add(
          new Entry(
              required(n, "key"),
              required(n, "match").equals("prefix"),
              required(n, "type").equals("labelKey"),
              Set.copyOf(scopes),
              Set.copyOf(kinds),
              required(n, "component"),
              required(n, "deprecatedIn"),
              n.at("removedIn").text(),
              n.at("removedOn").text(),
              required(n, "replacement"),
              required(n, "notes").strip()));
    }
    return new DeprecatedMetadata(entries);
  }

  private static String required(Node entry, String field) {
    return entry.at(field).text().orElseThrow(() -> new IllegalStateException(RESOURCE + ": entry without " + field + ": " + entry));
  }
}
