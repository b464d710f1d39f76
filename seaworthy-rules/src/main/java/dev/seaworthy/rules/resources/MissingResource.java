package dev.seaworthy.rules.resources;

import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.ContainerView;
import dev.seaworthy.rules.resources.ResourceDefaults.Side;
import java.util.List;

/** The shared check behind the four "request/limit missing" rules. */
final class MissingResource {

  private MissingResource() {}

  static boolean applies(ContainerView container) {
    return container.type() != ContainerView.Type.EPHEMERAL; // the API forbids resources on them
  }

  static List<Violation> check(ContainerView container, RuleContext context, Side side, String resource, String label) {
    if (ResourceDefaults.willBeSet(container, side, resource, context)) {
      return List.of();
    }
    String namespace = Inventory.namespaceOf(container.pod().resource());
    // The LimitRange may live outside the audited files, so say where we looked.
    return Violation.one(
        ResourceDefaults.anchor(container),
        container.describe() + " sets no " + label + " " + side.noun() + ", and no LimitRange for namespace \""
            + namespace + "\" in the audited input supplies a default");
  }
}
