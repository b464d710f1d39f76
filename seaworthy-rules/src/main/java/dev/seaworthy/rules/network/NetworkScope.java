package dev.seaworthy.rules.network;

import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.view.LabelSelector;
import dev.seaworthy.core.view.PodSpecView;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** What the audited input shows of a namespace: its pods, its Namespace object, other policy engines. */
final class NetworkScope {

  /** Namespaces every cluster has. */
  static final Set<String> ALWAYS_PRESENT = Set.of("default", "kube-system", "kube-public", "kube-node-lease");

  /** Namespaces of the cluster's own components (CoreDNS, kube-proxy, the VPC CNI), deployed outside app manifests. */
  static final Set<String> SYSTEM = Set.of("kube-system", "kube-public", "kube-node-lease");

  /** The label the API server puts on every namespace. */
  static final String NAME_LABEL = "kubernetes.io/metadata.name";

  /** Policy kinds of CNI plugins and of the AdminNetworkPolicy API, namespaced and cluster-wide. */
  private static final List<String[]> NAMESPACED_ENGINES =
      List.of(
          new String[] {"cilium.io", "CiliumNetworkPolicy"},
          new String[] {"projectcalico.org", "NetworkPolicy"},
          new String[] {"crd.projectcalico.org", "NetworkPolicy"});
  private static final List<String[]> CLUSTER_ENGINES =
      List.of(
          new String[] {"cilium.io", "CiliumClusterwideNetworkPolicy"},
          new String[] {"projectcalico.org", "GlobalNetworkPolicy"},
          new String[] {"crd.projectcalico.org", "GlobalNetworkPolicy"},
          new String[] {"policy.networking.k8s.io", "AdminNetworkPolicy"},
          new String[] {"policy.networking.k8s.io", "BaselineAdminNetworkPolicy"});

  private NetworkScope() {}

  /**
   * The pod specs that make pods in a namespace: workloads, their pods, CronJobs, pod-bearing custom
   * resources. A PodTemplate object runs nothing.
   */
  static List<PodSpecView> pods(Inventory inventory, String namespace) {
    return inventory.get(PODS).getOrDefault(namespace, List.of());
  }

  /** Pods that NetworkPolicies govern: host-network pods are outside them. */
  static List<PodSpecView> policedPods(Inventory inventory, String namespace) {
    return inventory.get(POLICED_PODS).getOrDefault(namespace, List.of());
  }

  // Both are asked for per workload and per policy peer: filtered once per namespace, not per call.
  private static final Inventory.Derived<Map<String, List<PodSpecView>>> PODS =
      Inventory.Derived.of("pod specs by namespace", i -> byNamespace(i, p -> !p.resource().kind().equals("PodTemplate")));
  private static final Inventory.Derived<Map<String, List<PodSpecView>>> POLICED_PODS =
      Inventory.Derived.of("policed pod specs by namespace", i -> byNamespace(i, p -> !p.resource().kind().equals("PodTemplate") && !hostNetwork(p)));

  private static Map<String, List<PodSpecView>> byNamespace(Inventory inventory, java.util.function.Predicate<PodSpecView> keep) {
    Map<String, List<PodSpecView>> out = new java.util.HashMap<>();
    for (PodSpecView p : inventory.podSpecs()) {
      if (keep.test(p)) {
        out.computeIfAbsent(Inventory.namespaceOf(p.resource()), k -> new ArrayList<>()).add(p);
      }
    }
    out.replaceAll((k, v) -> List.copyOf(v));
    return out;
  }

  static boolean hostNetwork(PodSpecView pod) {
    return pod.spec().at("hostNetwork").asBoolean().orElse(false);
  }

  /** Objects a controller made (ReplicaSets of a Deployment, its Pods) are judged through their owner. */
  static boolean hasOwner(Resource r) {
    return !r.node().at("metadata", "ownerReferences").items().isEmpty();
  }

  /** The workload a pod-level finding lands on: not a PodTemplate, not a controller-made object. */
  static Optional<PodSpecView> reportableWorkload(Resource r) {
    if (r.kind().equals("PodTemplate") || hasOwner(r)) {
      return Optional.empty();
    }
    return PodSpecView.of(r);
  }

  static Optional<Resource> namespaceObject(Inventory inventory, String name) {
    return Optional.ofNullable(inventory.get(NAMESPACE_OBJECTS).get(name));
  }

  /** Whether the input holds any Namespace object. */
  static boolean hasNamespaceObjects(Inventory inventory) {
    return !inventory.get(NAMESPACE_OBJECTS).isEmpty();
  }

  /** The first Namespace object of each name, in input order: looked up per resource, so indexed once. */
  private static final Inventory.Derived<Map<String, Resource>> NAMESPACE_OBJECTS =
      Inventory.Derived.of("Namespace objects by name", i -> {
        Map<String, Resource> byName = new java.util.HashMap<>();
        for (Resource n : i.ofKind("Namespace")) {
          if (n.group().isEmpty()) {
            byName.putIfAbsent(n.name(), n);
          }
        }
        return byName;
      });

  static boolean isNamespaceObject(Resource r) {
    return r.kind().equals("Namespace") && r.group().isEmpty();
  }

  /** A namespace's labels as the API server holds them: its own plus the automatic name label. */
  static Map<String, String> labelsOf(Resource namespaceObject) {
    Map<String, String> labels = new TreeMap<>(namespaceObject.labels());
    labels.put(NAME_LABEL, namespaceObject.name());
    return labels;
  }

  /**
   * Whether policies of another engine (Cilium, Calico, AdminNetworkPolicy) may govern the
   * namespace. Their selectors are not modelled, so they count as covering every pod there.
   */
  static boolean otherEngineCovers(Inventory inventory, String namespace) {
    for (String[] kind : NAMESPACED_ENGINES) {
      if (inventory.ofKind(kind[1], namespace).stream().anyMatch(r -> r.group().equals(kind[0]))) {
        return true;
      }
    }
    for (String[] kind : CLUSTER_ENGINES) {
      if (inventory.ofKind(kind[1]).stream().anyMatch(r -> r.group().equals(kind[0]))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A namespace as the input shows it. With its Namespace object its labels are known; the
   * namespaces every cluster has are taken to carry only the automatic name label (labels an admin
   * added to them are not in the input, hence the low severity of the callers); a namespace only named by
   * other objects may carry any label besides its name label.
   */
  record NamespaceFacts(String name, Map<String, String> labels, boolean labelsKnown) {

    /** Whether the selector matches, or may match given what is unknown. */
    boolean mayMatch(LabelSelector selector) {
      if (labelsKnown) {
        return selector.matches(labels);
      }
      Map<String, String> onName = new TreeMap<>();
      selector.matchLabels().forEach((k, v) -> {
        if (k.equals(NAME_LABEL)) {
          onName.put(k, v);
        }
      });
      List<LabelSelector.Requirement> nameRequirements = selector.expressions().stream().filter(r -> r.key().equals(NAME_LABEL)).toList();
      return new LabelSelector(onName, nameRequirements, selector.valid()).matches(labels);
    }
  }

  /** Every namespace the input names or every cluster has. */
  static List<NamespaceFacts> knownNamespaces(Inventory inventory) {
    return inventory.get(KNOWN_NAMESPACES);
  }

  private static final Inventory.Derived<List<NamespaceFacts>> KNOWN_NAMESPACES =
      Inventory.Derived.of("namespaces of the input", NetworkScope::findKnownNamespaces);

  private static List<NamespaceFacts> findKnownNamespaces(Inventory inventory) {
    Map<String, NamespaceFacts> out = new TreeMap<>();
    for (String ns : ALWAYS_PRESENT) {
      out.put(ns, new NamespaceFacts(ns, Map.of(NAME_LABEL, ns), true));
    }
    for (Resource r : inventory.all()) {
      if (!r.namespace().isEmpty()) {
        out.put(r.namespace(), new NamespaceFacts(r.namespace(), Map.of(NAME_LABEL, r.namespace()), false));
      }
    }
    for (Resource n : inventory.ofKind("Namespace")) {
      if (n.group().isEmpty() && !n.name().isEmpty()) {
        out.put(n.name(), new NamespaceFacts(n.name(), labelsOf(n), true));
      }
    }
    return List.copyOf(out.values());
  }

  /** {@code Deployment "web"}: how messages name an object. */
  static String describe(Resource r) {
    return r.kind() + " \"" + (r.name().isEmpty() ? "<unnamed>" : r.name()) + "\"";
  }

  /** {@code Deployment "a", Job "b" and 3 more}: a short list of workloads for a message. */
  static String describeAll(List<PodSpecView> pods) {
    Set<String> names = new LinkedHashSet<>();
    pods.forEach(p -> names.add(describe(p.resource())));
    List<String> list = new ArrayList<>(names);
    if (list.size() <= 3) {
      return String.join(", ", list);
    }
    return list.subList(0, 3).stream().collect(Collectors.joining(", ")) + " and " + (list.size() - 3) + " more";
  }

  /** The line that names a namespace on an object: its metadata.namespace, else its name, else the object. */
  static Node namespaceAnchor(Resource r) {
    Node ns = r.node().at("metadata", "namespace");
    if (ns.isPresent() && ns.position().isKnown()) {
      return ns;
    }
    Node name = r.node().at("metadata", "name");
    return name.isPresent() && name.position().isKnown() ? name : r.node();
  }
}
