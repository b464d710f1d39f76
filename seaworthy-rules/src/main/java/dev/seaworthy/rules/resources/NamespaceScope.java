package dev.seaworthy.rules.resources;

import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.view.PodSpecView;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Per-namespace findings ("this namespace has no ResourceQuota") are reported once: on the
 * Namespace object when the input holds it, else on the first workload of the namespace. Only
 * namespaces where the input runs workloads that name them are judged, never the system ones.
 */
final class NamespaceScope {

  private static final Set<String> SYSTEM = Set.of("kube-system", "kube-public", "kube-node-lease");

  /** The namespace a finding is about, the workloads it runs in the input, and where to report. */
  record Subject(String namespace, List<PodSpecView> workloads, Node anchor) {

    /** "2 workloads (Deployment "web", StatefulSet "db")", at most three named. */
    String describeWorkloads() {
      List<String> names = workloads.stream().limit(3).map(p -> describe(p.resource())).toList();
      String more = workloads.size() > 3 ? ", ..." : "";
      return workloads.size() + (workloads.size() == 1 ? " workload (" : " workloads (") + String.join(", ", names) + more + ")";
    }
  }

  private NamespaceScope() {}

  static boolean appliesTo(Resource r) {
    return isNamespace(r) || (PodSpecView.of(r).isPresent() && !hasOwner(r));
  }

  static Optional<Subject> subject(Resource r, Inventory inventory) {
    // An object that names no namespace lands wherever it is applied: workload-in-default-namespace
    // reports it, and it tells nothing about a namespace.
    String namespace = isNamespace(r) ? r.name() : r.namespace();
    if (namespace.isEmpty() || SYSTEM.contains(namespace)) {
      return Optional.empty();
    }
    if (isNamespace(r)) {
      List<PodSpecView> workloads = workloadsIn(namespace, inventory);
      return workloads.isEmpty() ? Optional.empty() : Optional.of(new Subject(namespace, workloads, nameNode(r)));
    }
    // The engine hands every rule the inventory's own Resource instances, so identity finds "the first".
    boolean first = inventory.podSpecsIn(namespace).stream().filter(NamespaceScope::counts).findFirst().map(p -> p.resource() == r).orElse(false);
    boolean namespaceObject = inventory.get(NAMESPACE_NAMES).contains(namespace);
    if (!first || namespaceObject) {
      return Optional.empty();
    }
    Node ns = r.node().at("metadata", "namespace");
    return Optional.of(new Subject(namespace, workloadsIn(namespace, inventory), ns.isScalar() && ns.position().isKnown() ? ns : nameNode(r)));
  }

  /** Names of the input's Namespace objects: looked up for every workload, so collected once. */
  private static final Inventory.Derived<Set<String>> NAMESPACE_NAMES =
      Inventory.Derived.of("Namespace object names", i -> {
        Set<String> names = new java.util.HashSet<>();
        i.ofKind("Namespace").stream().filter(NamespaceScope::isNamespace).forEach(n -> names.add(n.name()));
        return names;
      });

  static List<PodSpecView> workloadsIn(String namespace, Inventory inventory) {
    return inventory.podSpecsIn(namespace).stream().filter(NamespaceScope::counts).toList();
  }

  /** Workloads that name their namespace and that no controller owns. */
  private static boolean counts(PodSpecView pod) {
    return !hasOwner(pod.resource()) && !pod.resource().namespace().isEmpty();
  }

  static boolean isNamespace(Resource r) {
    return r.is("", "Namespace");
  }

  static boolean hasOwner(Resource r) {
    return !r.node().at("metadata", "ownerReferences").items().isEmpty();
  }

  /** {@code Deployment "web"}. */
  static String describe(Resource r) {
    return r.kind() + " \"" + (r.name().isEmpty() ? "<unnamed>" : r.name()) + "\"";
  }

  private static Node nameNode(Resource r) {
    Node name = r.node().at("metadata", "name");
    return name.position().isKnown() ? name : r.node();
  }
}
