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

  public Inventory(List<Resource> resources) {
    this.resources = List.copyOf(resources);
    for (Resource r : this.resources) {
      byKind.computeIfAbsent(r.kind(), k -> new ArrayList<>()).add(r);
      byKindAndNamespace.computeIfAbsent(r.kind() + "|" + namespaceOf(r), k -> new ArrayList<>()).add(r);
      byIdentity.putIfAbsent(identity(r.kind(), namespaceOf(r), r.name()), r);
      PodSpecView.of(r)
          .ifPresent(
              p -> {
                podSpecs.add(p);
                podSpecsByNamespace.computeIfAbsent(namespaceOf(r), k -> new ArrayList<>()).add(p);
              });
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

  public List<PodSpecView> podSpecs() {
    return Collections.unmodifiableList(podSpecs);
  }

  public List<PodSpecView> podSpecsIn(String namespace) {
    return podSpecsByNamespace.getOrDefault(namespace, List.of());
  }

  /** Services in the pod's namespace whose selector is non-empty and matches the pod's labels. */
  public List<Resource> servicesSelecting(PodSpecView pod) {
    List<Resource> out = new ArrayList<>();
    Map<String, String> labels = pod.podLabels();
    for (Resource svc : ofKind("Service", namespaceOf(pod.resource()))) {
      LabelSelector selector = LabelSelector.ofMap(svc.node().at("spec", "selector"));
      if (!selector.isEmpty() && selector.matches(labels)) {
        out.add(svc);
      }
    }
    return out;
  }

  /** HorizontalPodAutoscalers in the workload's namespace whose scaleTargetRef names it. */
  public List<Resource> autoscalersOf(Resource workload) {
    List<Resource> out = new ArrayList<>();
    for (Resource hpa : ofKind("HorizontalPodAutoscaler", namespaceOf(workload))) {
      var ref = hpa.node().at("spec", "scaleTargetRef");
      if (ref.at("kind").textOr("").equals(workload.kind()) && ref.at("name").textOr("").equals(workload.name())) {
        out.add(hpa);
      }
    }
    return out;
  }
}
