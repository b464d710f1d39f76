package dev.seaworthy.rules.reliability;

import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * How many pods a workload runs, as the availability rules need it: the fixed {@code spec.replicas}
 * (1 when unset), or the range of the autoscalers that own the count (HorizontalPodAutoscaler
 * minReplicas defaults to 1, KEDA minReplicaCount to 0).
 */
record Replicas(long min, long max, List<Resource> autoscalers) {

  Replicas {
    autoscalers = List.copyOf(autoscalers);
  }

  boolean autoscaled() {
    return !autoscalers.isEmpty();
  }

  /** Workload kinds whose pod count is {@code spec.replicas}. */
  static boolean hasReplicas(Resource r) {
    return r.is("apps", "Deployment")
        || r.is("apps", "StatefulSet")
        || r.is("apps", "ReplicaSet")
        || r.is("", "ReplicationController")
        || r.is("argoproj.io", "Rollout");
  }

  /** The count, or empty when the kind has no replica count or a value cannot be read. */
  static Optional<Replicas> of(Resource workload, Inventory inventory) {
    if (!hasReplicas(workload)) {
      return Optional.empty();
    }
    List<Resource> scalers = new ArrayList<>(inventory.autoscalersOf(workload));
    scalers.addAll(kedaScalers(workload, inventory));
    if (scalers.isEmpty()) {
      Node replicas = workload.node().at("spec", "replicas");
      OptionalLong n = replicas.isPresent() ? replicas.asLong() : OptionalLong.of(1);
      return n.isPresent() && n.getAsLong() >= 0 ? Optional.of(new Replicas(n.getAsLong(), n.getAsLong(), List.of())) : Optional.empty();
    }
    long min = Long.MAX_VALUE;
    long max = 0;
    for (Resource scaler : scalers) {
      boolean keda = scaler.kind().equals("ScaledObject");
      Node minNode = scaler.node().at("spec", keda ? "minReplicaCount" : "minReplicas");
      Node maxNode = scaler.node().at("spec", keda ? "maxReplicaCount" : "maxReplicas");
      OptionalLong lo = minNode.isPresent() ? minNode.asLong() : OptionalLong.of(keda ? 0 : 1);
      OptionalLong hi = maxNode.isPresent() ? maxNode.asLong() : (keda ? OptionalLong.of(100) : OptionalLong.empty());
      if (lo.isEmpty() || hi.isEmpty()) {
        return Optional.empty();
      }
      min = Math.min(min, lo.getAsLong());
      max = Math.max(max, hi.getAsLong());
    }
    return Optional.of(new Replicas(min, Math.max(min, max), scalers));
  }

  /** KEDA creates the HPA itself, so manifests show only the ScaledObject. */
  private static List<Resource> kedaScalers(Resource workload, Inventory inventory) {
    List<Resource> out = new ArrayList<>();
    for (Resource so : inventory.ofKind("ScaledObject", Inventory.namespaceOf(workload))) {
      Node ref = so.node().at("spec", "scaleTargetRef");
      if (so.group().equals("keda.sh")
          && ref.at("kind").textOr("Deployment").equals(workload.kind())
          && ref.at("name").textOr("").equals(workload.name())) {
        out.add(so);
      }
    }
    return out;
  }

  /** {@code HorizontalPodAutoscaler "web"}. */
  static String describeScaler(Resource scaler) {
    return Workloads.describe(scaler);
  }

  /** "3 replicas", or "minReplicas 2 of HorizontalPodAutoscaler "web"". */
  String describe() {
    if (!autoscaled()) {
      return min + (min == 1 ? " replica" : " replicas");
    }
    Resource scaler = autoscalers.get(0);
    return (scaler.kind().equals("ScaledObject") ? "minReplicaCount " : "minReplicas ") + min + " of " + describeScaler(scaler);
  }

  /** "3 replicas" or "at least 2 replicas (HorizontalPodAutoscaler "web")", after a verb like "runs". */
  String describeRunning() {
    return autoscaled() ? "at least " + min + " replicas (" + describeScaler(autoscalers.get(0)) + ")" : describe();
  }
}
