package dev.seaworthy.core.inventory;

import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.view.LabelSelector;
import dev.seaworthy.core.view.PodSpecView;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every resource of one audit, indexed by kind and by namespace, with pod specs precomputed, so
 * cross-resource rules (which Services select these pods, which HPA scales this Deployment) are
 * cheap. Objects without a namespace are taken to live in {@code default}, where kubectl puts them
 * under a default context.
 */
public final class Inventory {

  private static final String DEFAULT_NAMESPACE = "default";

  private final List<Resource> resources;
  private final Map<String, List<Resource>> byKind = new HashMap<>();
  private final Map<String, List<Resource>> byKindAndNamespace = new HashMap<>();
  private final Map<String, Resource> byIdentity = new HashMap<>();
  private final List<PodSpecView> podSpecs = new ArrayList<>();
  private final Map<String, List<PodSpecView>> podSpecsByNamespace = new HashMap<>();
  // Indexes for selector matching: without them, "which Services select this pod" is
  // pods x services per namespace, quadratic on big namespaces.
  private final Map<String, Map<String, List<PodSpecView>>> podsByLabel = new HashMap<>();
  private final Map<String, Map<String, List<SelectorOwner>>> servicesByLabel = new HashMap<>();
  private final Map<String, List<Resource>> autoscalersByTarget = new HashMap<>();
  private final Map<Resource, Integer> inputOrder = new java.util.IdentityHashMap<>();
  private final Map<Resource, PodSpecView> podSpecByResource = new java.util.IdentityHashMap<>();
  private final Map<Derived<?>, Object> derived = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * A fact about the whole input that rules read for every resource (the Cluster Autoscalers of the
   * input, the namespaces it names...). Computing it per resource makes an audit quadratic; an
   * inventory computes each one once, on first use, and shares it between rules and threads. The
   * function must be pure: it may run more than once when threads race, and one result is kept.
   */
  public static final class Derived<T> {
    private final String name;
    private final java.util.function.Function<Inventory, T> compute;

    private Derived(String name, java.util.function.Function<Inventory, T> compute) {
      this.name = java.util.Objects.requireNonNull(name, "name");
      this.compute = java.util.Objects.requireNonNull(compute, "compute");
    }

    /** Declare once, in a static final field: identity is the key. */
    public static <T> Derived<T> of(String name, java.util.function.Function<Inventory, T> compute) {
      return new Derived<>(name, compute);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** A Service and its parsed selector. */
  private record SelectorOwner(Resource owner, LabelSelector selector) {}

  public Inventory(List<Resource> resources) {
    this.resources = List.copyOf(resources);
    for (Resource r : this.resources) {
      inputOrder.put(r, inputOrder.size());
      byKind.computeIfAbsent(r.kind(), k -> new ArrayList<>()).add(r);
      byKindAndNamespace.computeIfAbsent(r.kind() + "|" + namespaceOf(r), k -> new ArrayList<>()).add(r);
      byIdentity.putIfAbsent(identity(r.kind(), namespaceOf(r), r.name()), r);
      PodSpecView.of(r)
          .ifPresent(
              p -> {
                podSpecByResource.put(r, p);
                podSpecs.add(p);
                podSpecsByNamespace.computeIfAbsent(namespaceOf(r), k -> new ArrayList<>()).add(p);
                Map<String, List<PodSpecView>> byLabel = podsByLabel.computeIfAbsent(namespaceOf(r), k -> new HashMap<>());
                p.podLabels().forEach((k, v) -> byLabel.computeIfAbsent(k + "=" + v, x -> new ArrayList<>()).add(p));
              });
      if (r.kind().equals("Service")) {
        LabelSelector selector = LabelSelector.ofMap(r.node().at("spec", "selector"));
        if (!selector.isEmpty()) {
          // indexed under one of its labels: a pod must carry all of them anyway
          Map.Entry<String, String> first = selector.matchLabels().entrySet().iterator().next();
          servicesByLabel.computeIfAbsent(namespaceOf(r), k -> new HashMap<>())
              .computeIfAbsent(first.getKey() + "=" + first.getValue(), k -> new ArrayList<>())
              .add(new SelectorOwner(r, selector));
        }
      }
      if (r.kind().equals("HorizontalPodAutoscaler")) {
        var ref = r.node().at("spec", "scaleTargetRef");
        autoscalersByTarget.computeIfAbsent(identity(ref.at("kind").textOr(""), namespaceOf(r), ref.at("name").textOr("")), k -> new ArrayList<>()).add(r);
      }
    }
  }

  public static Inventory empty() {
    return new Inventory(List.of());
  }

  /** The namespace an object lands in: its own, or {@code default} when it names none. */
  public static String namespaceOf(Resource r) {
    return r.namespace().isEmpty() ? DEFAULT_NAMESPACE : r.namespace();
  }

  private static String identity(String kind, String namespace, String name) {
    return kind + "|" + namespace + "|" + name;
  }

  public List<Resource> all() {
    return resources;
  }

  public List<Resource> ofKind(String kind) {
    return byKind.getOrDefault(kind, List.of());
  }

  public List<Resource> ofKind(String kind, String namespace) {
    return byKindAndNamespace.getOrDefault(kind + "|" + namespace, List.of());
  }

  /** A namespaced object by kind, namespace and name. */
  public Optional<Resource> find(String kind, String namespace, String name) {
    return Optional.ofNullable(byIdentity.get(identity(kind, namespace, name)));
  }

  /**
   * The pod spec view of one of this inventory's resources (the same instance every rule sees), or
   * empty when it carries none. A resource not in the inventory gets a fresh view.
   */
  public Optional<PodSpecView> podSpecOf(Resource resource) {
    PodSpecView view = podSpecByResource.get(resource);
    if (view != null) {
      return Optional.of(view);
    }
    return inputOrder.containsKey(resource) ? Optional.empty() : PodSpecView.of(resource);
  }

  public List<PodSpecView> podSpecs() {
    return Collections.unmodifiableList(podSpecs);
  }

  public List<PodSpecView> podSpecsIn(String namespace) {
    return podSpecsByNamespace.getOrDefault(namespace, List.of());
  }

  /** Services in the pod's namespace whose selector is non-empty and matches the pod's labels, in input order. */
  public List<Resource> servicesSelecting(PodSpecView pod) {
    Map<String, List<SelectorOwner>> index = servicesByLabel.getOrDefault(namespaceOf(pod.resource()), Map.of());
    if (index.isEmpty()) {
      return List.of();
    }
    Map<String, String> labels = pod.podLabels();
    List<Resource> out = new ArrayList<>();
    int buckets = 0;
    for (Map.Entry<String, String> label : labels.entrySet()) {
      List<SelectorOwner> bucket = index.getOrDefault(label.getKey() + "=" + label.getValue(), List.of());
      int before = out.size();
      for (SelectorOwner candidate : bucket) {
        if (candidate.selector().matches(labels)) {
          out.add(candidate.owner());
        }
      }
      if (out.size() > before) {
        buckets++;
      }
    }
    if (buckets > 1) { // one bucket is already in input order
      out.sort(java.util.Comparator.comparingInt(inputOrder::get));
    }
    return out;
  }

  /**
   * Pod specs in a namespace whose pod labels the selector matches, in input order. An empty
   * selector matches every pod of the namespace (NetworkPolicy and PDB semantics); an invalid one
   * matches none.
   */
  public List<PodSpecView> podSpecsMatching(String namespace, LabelSelector selector) {
    List<PodSpecView> candidates = podSpecsIn(namespace);
    if (!selector.matchLabels().isEmpty()) {
      Map<String, List<PodSpecView>> index = podsByLabel.getOrDefault(namespace, Map.of());
      for (Map.Entry<String, String> e : selector.matchLabels().entrySet()) {
        List<PodSpecView> withLabel = index.getOrDefault(e.getKey() + "=" + e.getValue(), List.of());
        if (withLabel.size() < candidates.size()) {
          candidates = withLabel;
        }
      }
    }
    List<PodSpecView> out = new ArrayList<>();
    for (PodSpecView p : candidates) {
      if (selector.matches(p.podLabels())) {
        out.add(p);
      }
    }
    return out;
  }

  /** The value of a derived fact for this inventory, computed on first use (never null). */
  @SuppressWarnings("unchecked")
  public <T> T get(Derived<T> fact) {
    Object value = derived.get(fact);
    if (value == null) {
      // not computeIfAbsent: a fact may read other facts, and the map forbids recursive updates
      value = java.util.Objects.requireNonNull(fact.compute.apply(this), () -> "derived fact " + fact + " is null");
      Object raced = derived.putIfAbsent(fact, value);
      if (raced != null) {
        value = raced;
      }
    }
    return (T) value;
  }

  /** HorizontalPodAutoscalers in the workload's namespace whose scaleTargetRef names it. */
  public List<Resource> autoscalersOf(Resource workload) {
    return autoscalersByTarget.getOrDefault(identity(workload.kind(), namespaceOf(workload), workload.name()), List.of());
  }
}
