package dev.seaworthy.rules.validity;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The apps/v1 workloads whose selector the API server validates, and small readers shared by the validity rules. */
final class AppsWorkloads {

  private static final Set<String> KINDS = Set.of("Deployment", "ReplicaSet", "StatefulSet", "DaemonSet");

  private AppsWorkloads() {}

  /** Only apps/v1: the removed betas defaulted the selector from the template labels. */
  static boolean isAppsV1Workload(Resource resource) {
    return resource.apiVersion().equals("apps/v1") && KINDS.contains(resource.kind());
  }

  static String describe(Resource resource) {
    return resource.kind() + " \"" + (resource.name().isEmpty() ? "<unnamed>" : resource.name()) + "\"";
  }

  /** The pod template labels that have a value, in document order. */
  static Map<String, String> templateLabels(Resource resource) {
    Map<String, String> out = new LinkedHashMap<>();
    resource.node().at("spec", "template", "metadata", "labels").entries().forEach((k, v) -> v.text().ifPresent(t -> out.put(k, t)));
    return out;
  }

  /** " (first at line 12)" for the earlier of two duplicates; nothing for live objects, which have no lines. */
  static String firstAt(Node node) {
    return node.position().isKnown() ? " (first at line " + node.position().line() + ")" : "";
  }

  /** " (line 12)", or nothing when the node has no known line. */
  static String lineOf(Node node) {
    return node.position().isKnown() ? " (line " + node.position().line() + ")" : "";
  }
}
