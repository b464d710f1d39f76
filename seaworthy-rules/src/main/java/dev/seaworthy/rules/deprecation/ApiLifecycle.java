package dev.seaworthy.rules.deprecation;

import dev.seaworthy.core.data.DataFiles;
import dev.seaworthy.core.data.KubernetesVersion;
import dev.seaworthy.core.model.Node;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The bundled lifecycle of (apiVersion, kind) pairs, {@code api-lifecycle.yaml}. Read once; a broken
 * entry fails class loading, because the data is a build artefact, not user input.
 */
final class ApiLifecycle {

  static final String KUBERNETES = "kubernetes";
  private static final String RESOURCE = "/dev/seaworthy/rules/deprecation/api-lifecycle.yaml";
  private static final ApiLifecycle BUNDLED = load();

  /** One (apiVersion, kind) pair. Versions of component entries are component releases ("v0.33.0"). */
  record Entry(
      String apiVersion,
      String kind,
      String component,
      Optional<String> deprecatedIn,
      String removedIn,
      Optional<String> removedOn,
      boolean planned,
      Optional<String> replacementApi,
      Optional<String> replacementKind,
      Optional<String> replacementAvailableIn,
      boolean renameOnly,
      Optional<String> maxKubernetes,
      String notes) {

    boolean isKubernetes() {
      return component.equals(KUBERNETES);
    }

    /**
     * Whether the apiVersion is not served at the target on that day. A component entry counts as
     * removed once the component release that removed it is out (by its date; a month-only date
     * counts from the month's last day, so "removed" is never claimed early), whatever the
     * Kubernetes version.
     */
    boolean removedAt(KubernetesVersion target, LocalDate today) {
      if (!isKubernetes()) {
        return removedOn.flatMap(Entry::lastDayOf).map(d -> !today.isBefore(d)).orElse(true);
      }
      return KubernetesVersion.parse(removedIn).map(target::atLeast).orElse(false);
    }

    private static Optional<LocalDate> lastDayOf(String date) {
      try {
        return Optional.of(date.length() == 7 ? java.time.YearMonth.parse(date).atEndOfMonth() : LocalDate.parse(date));
      } catch (java.time.format.DateTimeParseException e) {
        return Optional.empty();
      }
    }

    /** Deprecated at the target and still served (Kubernetes entries only). */
    boolean deprecatedAt(KubernetesVersion target) {
      if (!isKubernetes() || removedAt(target, LocalDate.MAX)) {
        return false;
      }
      return deprecatedIn.flatMap(KubernetesVersion::parse).map(target::atLeast).orElse(false);
    }

    /** The replacement as written in a message: {@code karpenter.sh/v1 NodePool} or just {@code batch/v1}. */
    Optional<String> replacement() {
      return replacementApi.map(api -> replacementKind.map(k -> api + " " + k).orElse(api));
    }

    /** A fix may only swap the apiVersion when that is the whole migration and the target serves the new one. */
    Optional<String> renameTarget(KubernetesVersion target) {
      if (!renameOnly || replacementKind.isPresent() || replacementApi.isEmpty()) {
        return Optional.empty();
      }
      if (isKubernetes()) {
        boolean served = replacementAvailableIn.flatMap(KubernetesVersion::parse).map(target::atLeast).orElse(false);
        if (!served) {
          return Optional.empty();
        }
      }
      return replacementApi;
    }
  }

  private final List<Entry> entries;
  private final Map<String, Entry> byKey = new HashMap<>();
  private final String reviewed;

  private ApiLifecycle(List<Entry> entries, String reviewed) {
    this.entries = List.copyOf(entries);
    this.reviewed = reviewed;
    for (Entry e : this.entries) {
      if (byKey.putIfAbsent(key(e.apiVersion(), e.kind()), e) != null) {
        throw new IllegalStateException(RESOURCE + ": duplicate entry " + e.apiVersion() + " " + e.kind());
      }
    }
  }

  static ApiLifecycle bundled() {
    return BUNDLED;
  }

  List<Entry> entries() {
    return entries;
  }

  String reviewed() {
    return reviewed;
  }

  Optional<Entry> find(String apiVersion, String kind) {
    return Optional.ofNullable(byKey.get(key(apiVersion, kind)));
  }

  /** Entries of any version of a group for one kind, in data order. */
  List<Entry> inGroup(String group, String kind) {
    List<Entry> out = new ArrayList<>();
    for (Entry e : entries) {
      int slash = e.apiVersion().indexOf('/');
      String g = slash < 0 ? "" : e.apiVersion().substring(0, slash);
      if (g.equals(group) && e.kind().equals(kind)) {
        out.add(e);
      }
    }
    return out;
  }

  private static String key(String apiVersion, String kind) {
    return apiVersion + "|" + kind;
  }

  static Node root() {
    return DataFiles.read(ApiLifecycle.class, RESOURCE);
  }

  private static ApiLifecycle load() {
    Node root = root();
    List<Entry> entries = new ArrayList<>();
    for (Node n : root.at("apis").items()) {
      entries.add(
          new Entry(
              required(n, "apiVersion"),
              required(n, "kind"),
              required(n, "component"),
              n.at("deprecatedIn").text(),
              required(n, "removedIn"),
              n.at("removedOn").text(),
              n.at("planned").asBoolean().orElse(false),
              n.at("replacementApi").text(),
              n.at("replacementKind").text(),
              n.at("replacementAvailableIn").text(),
              n.at("renameOnly").asBoolean().orElse(false),
              n.at("maxKubernetes").text(),
              required(n, "notes")));
    }
    return new ApiLifecycle(entries, root.at("reviewed").textOr(""));
  }

  private static String required(Node entry, String field) {
    return entry.at(field).text().orElseThrow(() -> new IllegalStateException(RESOURCE + ": entry without " + field + ": " + entry));
  }

  /** How a component is named in messages. */
  static String componentName(String component) {
    return switch (component) {
      case "karpenter" -> "Karpenter";
      case "external-secrets" -> "External Secrets Operator";
      case "cert-manager" -> "cert-manager";
      default -> "Kubernetes";
    };
  }
}
