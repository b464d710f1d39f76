package dev.seaworthy.rules.autoscaling;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;

/** How messages name objects, and where missing fields are reported. */
final class Names {

  private Names() {}

  /** {@code NodePool "default"}. */
  static String describe(Resource resource) {
    return resource.kind() + " \"" + (resource.name().isEmpty() ? "<unnamed>" : resource.name()) + "\"";
  }

  /** The object's spec as written, else the object itself. */
  static Node specOrObject(Resource resource) {
    Node spec = resource.node().at("spec");
    return spec.isMap() && spec.position().isKnown() ? spec : resource.node();
  }

  /** The node itself when it has a line, else the fallback. */
  static Node orElse(Node node, Node fallback) {
    return node.isPresent() && node.position().isKnown() ? node : fallback;
  }
}
