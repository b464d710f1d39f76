package dev.seaworthy.rules.deprecation;

import dev.seaworthy.core.data.DataFiles;
import dev.seaworthy.core.data.KubernetesVersion;
import dev.seaworthy.core.model.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The bundled {@code known-kinds.yaml}: the kinds of API groups Seaworthy knows, and hints for known mistakes. */
final class KnownKinds {

  private static final String RESOURCE = "/dev/seaworthy/rules/deprecation/known-kinds.yaml";
  private static final Pattern ALPHA = Pattern.compile("v\\d+alpha\\d+");
  private static final Pattern VERSION = Pattern.compile("v\\d+((alpha|beta)\\d+)?");
  private static final KnownKinds BUNDLED = load();

  /** One API group: its kinds over all versions, and per-version kind lists where they are certain. */
  record Group(String name, boolean builtIn, String preferred, Set<String> kinds, Map<String, Set<String>> versions) {

    /** {@code apps/v1}, or {@code v1} for the core group. */
    String apiVersion(String version) {
      return name.isEmpty() ? version : name + "/" + version;
    }

    /** How the group is named in messages. */
    String describe() {
      return name.isEmpty() ? "the core API group" : "API group " + name;
    }
  }

  private final Map<String, Group> groups;
  private final Set<String> anyGroupKinds;
  private final Set<String> kubeApiserverGroups;
  private final Map<String, String> hints;
  private final KubernetesVersion kubernetesThrough;

  private KnownKinds(
      Map<String, Group> groups,
      Set<String> anyGroupKinds,
      Set<String> kubeApiserverGroups,
      Map<String, String> hints,
      KubernetesVersion kubernetesThrough) {
    this.groups = groups;
    this.anyGroupKinds = anyGroupKinds;
    this.kubeApiserverGroups = kubeApiserverGroups;
    this.hints = hints;
    this.kubernetesThrough = kubernetesThrough;
  }

  static KnownKinds bundled() {
    return BUNDLED;
  }

  Optional<Group> group(String name) {
    return Optional.ofNullable(groups.get(name));
  }

  List<Group> groups() {
    return List.copyOf(groups.values());
  }

  boolean isAnyGroupKind(String kind) {
    return anyGroupKinds.contains(kind);
  }

  /** Whether kube-apiserver itself serves the group (as opposed to a CRD or an aggregated API). */
  boolean servedByKubeApiserver(String group) {
    return kubeApiserverGroups.contains(group);
  }

  Set<String> kubeApiserverGroups() {
    return kubeApiserverGroups;
  }

  Optional<String> hint(String group, String kind) {
    return Optional.ofNullable(hints.get(group + "|" + kind));
  }

  Map<String, String> hints() {
    return hints;
  }

  /** The newest Kubernetes minor whose built-in kinds the lists cover. */
  KubernetesVersion kubernetesThrough() {
    return kubernetesThrough;
  }

  /** A Kubernetes API version string: v1, v2beta2, v1alpha1. */
  static boolean isVersion(String version) {
    return VERSION.matcher(version).matches();
  }

  static boolean isAlpha(String version) {
    return ALPHA.matcher(version).matches();
  }

  /** Known groups that have the kind, in data order. */
  List<Group> groupsWithKind(String kind) {
    List<Group> out = new ArrayList<>();
    for (Group g : groups.values()) {
      if (g.kinds().contains(kind)) {
        out.add(g);
      }
    }
    return out;
  }

  static Node root() {
    return DataFiles.read(KnownKinds.class, RESOURCE);
  }

  private static KnownKinds load() {
    Node root = root();
    Map<String, Group> groups = new LinkedHashMap<>();
    for (Node g : root.at("groups").items()) {
      String name = g.at("group").text().orElseThrow(() -> new IllegalStateException(RESOURCE + ": group without name"));
      Map<String, Set<String>> versions = new HashMap<>();
      g.at("versions").entries().forEach((v, list) -> versions.put(v, strings(list)));
      Group group =
          new Group(name, g.at("builtIn").asBoolean().orElse(false), g.at("preferred").textOr("v1"), strings(g.at("kinds")), Map.copyOf(versions));
      if (groups.putIfAbsent(name, group) != null) {
        throw new IllegalStateException(RESOURCE + ": duplicate group " + name);
      }
    }
    Map<String, String> hints = new HashMap<>();
    for (Node h : root.at("hints").items()) {
      hints.put(h.at("group").textOr("") + "|" + h.at("kind").textOr(""), h.at("message").textOr("").strip());
    }
    return new KnownKinds(
        groups,
        strings(root.at("anyGroupKinds")),
        strings(root.at("kubeApiserverGroups")),
        Map.copyOf(hints),
        KubernetesVersion.of(root.at("kubernetesThrough").textOr("")));
  }

  private static Set<String> strings(Node list) {
    Set<String> out = new LinkedHashSet<>();
    list.items().forEach(n -> n.text().ifPresent(out::add));
    return Set.copyOf(out);
  }
}
