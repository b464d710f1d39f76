package dev.seaworthy.rules.security;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.PatchOp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reading and patching the Pod Security Admission labels of a Namespace object. */
final class NamespaceLabels {

  private NamespaceLabels() {}

  static boolean isNamespace(Resource r) {
    return r.is("", "Namespace");
  }

  static Node labels(Resource ns) {
    return ns.node().at("metadata", "labels");
  }

  static Node label(Resource ns, String key) {
    return labels(ns).at(key);
  }

  /** The node a namespace-level finding is reported on: the labels when written, else the name. */
  static Node anchor(Resource ns) {
    Node labels = labels(ns);
    if (labels.isMap() && labels.position().isKnown()) {
      return labels;
    }
    Node name = ns.node().at("metadata", "name");
    return name.position().isKnown() ? name : ns.node();
  }

  /**
   * Patches that give the namespace these labels: labels already present keep their value unless
   * listed in {@code replace}; a missing labels map is added whole.
   */
  static List<PatchOp> set(Resource ns, Map<String, String> wanted, List<String> replace) {
    Node labels = labels(ns);
    if (!labels.isMap()) {
      Map<String, String> all = new LinkedHashMap<>(wanted);
      return List.of(labels.isMissing() ? PatchOp.add("/metadata/labels", all) : PatchOp.replace("/metadata/labels", all));
    }
    List<PatchOp> ops = new ArrayList<>();
    for (Map.Entry<String, String> e : wanted.entrySet()) {
      String path = "/metadata/labels/" + PatchOp.escape(e.getKey());
      Node current = labels.at(e.getKey());
      if (current.isMissing()) {
        ops.add(PatchOp.add(path, e.getValue()));
      } else if (replace.contains(e.getKey()) && !current.textOr("").equals(e.getValue())) {
        ops.add(PatchOp.replace(path, e.getValue()));
      }
    }
    return ops;
  }

  /** "pod-security.kubernetes.io/enforce: baseline, pod-security.kubernetes.io/audit: restricted, ...". */
  static String show(Map<String, String> labels) {
    return String.join(", ", labels.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList());
  }
}
