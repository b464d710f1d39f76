package dev.seaworthy.rules.reliability;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;

/** Small readers shared by the reliability rules. */
final class Workloads {

  private Workloads() {}

  /** Where a missing spec field is reported: the spec as written, else the object itself. */
  static Node specOrObject(Resource resource) {
    Node spec = resource.node().at("spec");
    return spec.isMap() && spec.position().isKnown() ? spec : resource.node();
  }

  /** {@code Deployment "web"}: how messages name an object. */
  static String describe(Resource resource) {
    return resource.kind() + " \"" + (resource.name().isEmpty() ? "<unnamed>" : resource.name()) + "\"";
  }

  static boolean hasOwner(Resource resource) {
    return !resource.node().at("metadata", "ownerReferences").items().isEmpty();
  }

  /** " (line 12)" when the node has a known line, else nothing: live objects have no lines. */
  static String lineSuffix(Node node) {
    return node.position().isKnown() ? " (line " + node.position().line() + ")" : "";
  }
}
