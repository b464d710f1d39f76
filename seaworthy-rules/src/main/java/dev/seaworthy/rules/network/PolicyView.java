package dev.seaworthy.rules.network;

import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.view.LabelSelector;
import dev.seaworthy.core.view.PodSpecView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A Kubernetes NetworkPolicy ({@code networking.k8s.io}) read with the API server's defaults. Calico
 * also has a kind named NetworkPolicy, with another schema: it is not one of these.
 */
record PolicyView(
    Resource resource,
    String namespace,
    LabelSelector podSelector,
    boolean ingress,
    boolean egress,
    List<Node> ingressRules,
    List<Node> egressRules) {

  private static final Set<String> GROUPS = Set.of("networking.k8s.io", "extensions");

  static boolean isPolicy(Resource r) {
    return r.kind().equals("NetworkPolicy") && GROUPS.contains(r.group());
  }

  static Optional<PolicyView> of(Resource r) {
    Node spec = r.node().at("spec");
    if (!isPolicy(r) || !spec.isMap()) {
      return Optional.empty();
    }
    List<Node> ingressRules = spec.at("ingress").items();
    List<Node> egressRules = spec.at("egress").items();
    List<Node> types = spec.at("policyTypes").items();
    boolean ingress;
    boolean egress;
    if (types.isEmpty()) {
      // The API server's default: Ingress always, Egress only when there are egress rules.
      ingress = true;
      egress = !egressRules.isEmpty();
    } else {
      ingress = types.stream().anyMatch(t -> t.textOr("").equals("Ingress"));
      egress = types.stream().anyMatch(t -> t.textOr("").equals("Egress"));
    }
    // A missing or null podSelector is the empty selector (the field is not a pointer in the API).
    LabelSelector selector = LabelSelector.of(spec.at("podSelector"));
    return Optional.of(new PolicyView(r, Inventory.namespaceOf(r), selector, ingress, egress, ingressRules, egressRules));
  }

  /** The NetworkPolicies of a namespace, in input order. */
  static List<PolicyView> in(Inventory inventory, String namespace) {
    List<PolicyView> out = new ArrayList<>();
    for (Resource r : inventory.ofKind("NetworkPolicy", namespace)) {
      of(r).ifPresent(out::add);
    }
    return out;
  }

  /** Whether the policy applies to the pods of this spec (which must be in the policy's namespace). */
  boolean selects(PodSpecView pod) {
    return podSelector.valid() && podSelector.matches(pod.podLabels());
  }

  /** {@code podSelector: {}}: every pod of the namespace. */
  boolean selectsWholeNamespace() {
    return podSelector.valid() && podSelector.isEmpty();
  }

  Node spec() {
    return resource.node().at("spec");
  }

  String describe() {
    return "NetworkPolicy \"" + (resource.name().isEmpty() ? "<unnamed>" : resource.name()) + "\"";
  }
}
