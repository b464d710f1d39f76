package dev.seaworthy.rules.autoscaling;

import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/** Reading HorizontalPodAutoscalers (and KEDA ScaledObjects, which create one). */
final class Hpas {

  /** Workload kinds whose absence from the input we can judge: built-in, with a scale subresource. */
  static final Set<String> APPS_TARGET_KINDS = Set.of("Deployment", "StatefulSet", "ReplicaSet");

  private Hpas() {}

  static boolean isHpa(Resource r) {
    return r.is("autoscaling", "HorizontalPodAutoscaler");
  }

  /** minReplicas as the API defaults it (1 when unset); empty when written as something else. */
  static OptionalLong minReplicas(Resource hpa) {
    Node min = hpa.node().at("spec", "minReplicas");
    return min.isPresent() ? min.asLong() : OptionalLong.of(1);
  }

  /**
   * The autoscalers in the workload's namespace that set its replica count: HPAs naming it, and KEDA
   * ScaledObjects (whose scaleTargetRef kind defaults to Deployment), as {@code Kind "name"} strings.
   */
  static List<String> managersOf(Resource workload, Inventory inventory) {
    List<String> out = new ArrayList<>();
    for (Resource hpa : inventory.autoscalersOf(workload)) {
      if (isHpa(hpa)) {
        out.add(Names.describe(hpa));
      }
    }
    for (Resource so : inventory.ofKind("ScaledObject", Inventory.namespaceOf(workload))) {
      Node ref = so.node().at("spec", "scaleTargetRef");
      if (so.group().equals("keda.sh")
          && ref.at("kind").textOr("Deployment").equals(workload.kind())
          && ref.at("name").textOr("").equals(workload.name())) {
        out.add(Names.describe(so));
      }
    }
    return out;
  }
}
