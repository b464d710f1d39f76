package dev.seaworthy.rules.network;

import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.view.LabelSelector;
import dev.seaworthy.core.view.PodSpecView;
import java.util.List;
import java.util.Optional;

/** Services and the pods their selectors pick. */
final class Services {

  private Services() {}

  static boolean isService(Resource r) {
    return r.kind().equals("Service") && r.group().isEmpty();
  }

  /**
   * The selector of a Service that routes to pods. An ExternalName Service has no endpoints, and one
   * without a selector is backed by EndpointSlices managed by hand or by a controller.
   */
  static Optional<LabelSelector> podSelector(Resource service) {
    Node spec = service.node().at("spec");
    if (spec.at("type").textOr("").equals("ExternalName")) {
      return Optional.empty();
    }
    Node selector = spec.at("selector");
    if (!selector.isMap()) {
      return Optional.empty();
    }
    LabelSelector s = LabelSelector.ofMap(selector);
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  /** Pod templates (and bare Pods) of the Service's namespace that the selector matches. */
  static List<PodSpecView> selected(Inventory inventory, Resource service, LabelSelector selector) {
    // the inventory's label index keeps this linear in the matches, not in the namespace's pods
    return inventory.podSpecsMatching(Inventory.namespaceOf(service), selector).stream()
        .filter(p -> !p.resource().kind().equals("PodTemplate"))
        .toList();
  }

  static String describe(Resource service) {
    return "Service \"" + (service.name().isEmpty() ? "<unnamed>" : service.name()) + "\"";
  }
}
