package dev.seaworthy.rules.secrets;

import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import java.util.Optional;
import java.util.Set;

/** Readers for External Secrets Operator objects, whatever their API version. */
final class Eso {

  static final String GROUP = "external-secrets.io";
  static final String ROLE_ARN = "eks.amazonaws.com/role-arn";
  private static final Set<String> STORES = Set.of("SecretStore", "ClusterSecretStore");

  private Eso() {}

  static boolean isStore(Resource r) {
    return r.group().equals(GROUP) && STORES.contains(r.kind());
  }

  /** The ServiceAccount a store's AWS jwt auth names, and the namespace it lives in. */
  record JwtServiceAccount(Node nameNode, String name, String namespace) {}

  /**
   * A SecretStore's account is in the store's own namespace; a ClusterSecretStore names its
   * namespace, and without one ESO uses the namespace of each ExternalSecret: unknowable here.
   */
  static Optional<JwtServiceAccount> jwtServiceAccount(Resource store) {
    Node ref = store.node().at("spec", "provider", "aws", "auth", "jwt", "serviceAccountRef");
    Optional<String> name = ref.at("name").text().filter(s -> !s.isBlank());
    if (name.isEmpty()) {
      return Optional.empty();
    }
    String namespace;
    if (store.kind().equals("SecretStore")) {
      namespace = Inventory.namespaceOf(store);
    } else {
      Optional<String> ns = ref.at("namespace").text().filter(s -> !s.isBlank());
      if (ns.isEmpty()) {
        return Optional.empty();
      }
      namespace = ns.get();
    }
    return Optional.of(new JwtServiceAccount(ref.at("name"), name.get(), namespace));
  }

  /** {@code SecretStore "aws-secrets"}. */
  static String describe(Resource r) {
    return r.kind() + " \"" + (r.name().isEmpty() ? "<unnamed>" : r.name()) + "\"";
  }
}
