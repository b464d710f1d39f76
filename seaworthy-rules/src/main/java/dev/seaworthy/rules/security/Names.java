package dev.seaworthy.rules.security;

import dev.seaworthy.core.model.Resource;

/** How the namespace-level security rules name objects. */
final class Names {

  private Names() {}

  /** {@code Deployment "web"}. */
  static String describe(Resource r) {
    return r.kind() + " \"" + (r.name().isEmpty() ? "<unnamed>" : r.name()) + "\"";
  }

  static boolean hasOwner(Resource r) {
    return !r.node().at("metadata", "ownerReferences").items().isEmpty();
  }
}
