package dev.seaworthy.rules.reliability;

import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.view.LabelSelector;
import dev.seaworthy.core.view.PodSpecView;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** PodDisruptionBudget semantics shared by the availability rules. */
final class Pdbs {

  private static final Pattern PERCENT = Pattern.compile("([0-9]+)%");

  private Pdbs() {}

  static boolean isPdb(Resource r) {
    return r.is("policy", "PodDisruptionBudget");
  }

  /**
   * The pods a PDB governs. A null selector matches no pods; an empty one matches every pod of the
   * namespace in policy/v1 but none in policy/v1beta1.
   */
  static Optional<LabelSelector> selector(Resource pdb) {
    Node selector = pdb.node().at("spec", "selector");
    if (!selector.isPresent() || !selector.isMap()) {
      return Optional.empty();
    }
    LabelSelector parsed = LabelSelector.of(selector);
    if (parsed.isEmpty() && !pdb.version().equals("v1")) {
      return Optional.empty();
    }
    return Optional.of(parsed);
  }

  /** PDBs of the pod's namespace that select its pods. */
  static List<Resource> selecting(PodSpecView pod, Inventory inventory) {
    List<Resource> out = new ArrayList<>();
    for (Resource pdb : inventory.ofKind("PodDisruptionBudget", Inventory.namespaceOf(pod.resource()))) {
      if (isPdb(pdb) && selector(pdb).map(s -> s.matches(pod.podLabels())).orElse(false)) {
        out.add(pdb);
      }
    }
    return out;
  }

  /** Pod specs of the PDB's namespace it selects, leaving out objects some controller owns. */
  static List<PodSpecView> selected(Resource pdb, Inventory inventory) {
    Optional<LabelSelector> selector = selector(pdb);
    if (selector.isEmpty()) {
      return List.of();
    }
    return inventory.podSpecsIn(Inventory.namespaceOf(pdb)).stream()
        .filter(p -> !Workloads.hasOwner(p.resource()))
        .filter(p -> selector.get().matches(p.podLabels()))
        .toList();
  }

  /** An int-or-string budget: a count, or a percentage of the expected pods. */
  record Budget(Node node, OptionalLong count, OptionalLong percent) {

    /** The pods the budget stands for out of {@code expected}; Kubernetes rounds percentages up. */
    long scaled(long expected) {
      if (count.isPresent()) {
        return count.getAsLong();
      }
      return BigDecimal.valueOf(percent.getAsLong() * expected).divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING).longValueExact();
    }

    boolean isPercent() {
      return percent.isPresent();
    }

    String shown() {
      return count.isPresent() ? String.valueOf(count.getAsLong()) : "\"" + percent.getAsLong() + "%\"";
    }
  }

  /** {@code spec.minAvailable} or {@code spec.maxUnavailable}, when readable. */
  static Optional<Budget> budget(Resource pdb, String field) {
    Node node = pdb.node().at("spec", field);
    if (!node.isPresent() || !node.isScalar()) {
      return Optional.empty();
    }
    OptionalLong count = node.asLong();
    if (count.isPresent()) {
      return count.getAsLong() >= 0 ? Optional.of(new Budget(node, count, OptionalLong.empty())) : Optional.empty();
    }
    Matcher m = PERCENT.matcher(node.textOr("").strip());
    if (m.matches() && m.group(1).length() < 6) {
      return Optional.of(new Budget(node, OptionalLong.empty(), OptionalLong.of(Long.parseLong(m.group(1)))));
    }
    return Optional.empty();
  }

  /** The workloads a PDB selects with their counts, or empty when one of them has no known count. */
  record Selection(List<PodSpecView> pods, List<Replicas> counts) {

    long minTotal() {
      return counts.stream().mapToLong(Replicas::min).sum();
    }

    boolean anyAutoscaled() {
      return counts.stream().anyMatch(Replicas::autoscaled);
    }

    /** "Deployment "web" (3 replicas)" or "Deployment "a" (2 replicas) and StatefulSet "b" (3 replicas)". */
    String describe() {
      List<String> parts = new ArrayList<>();
      for (int i = 0; i < pods.size(); i++) {
        parts.add(Workloads.describe(pods.get(i).resource()) + " (" + counts.get(i).describe() + ")");
      }
      if (parts.size() == 1) {
        return parts.get(0);
      }
      return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
  }

  static Optional<Selection> selection(Resource pdb, Inventory inventory) {
    List<PodSpecView> pods = selected(pdb, inventory);
    if (pods.isEmpty()) {
      return Optional.empty();
    }
    List<Replicas> counts = new ArrayList<>();
    for (PodSpecView pod : pods) {
      Optional<Replicas> count = Replicas.of(pod.resource(), inventory);
      if (count.isEmpty()) {
        return Optional.empty();
      }
      counts.add(count.get());
    }
    return Optional.of(new Selection(pods, counts));
  }

  /** What a drain that cannot evict means on EKS. */
  static final String DRAIN_BLOCKED =
      "node drains cannot evict them, so managed node group updates fail unless forced and the Cluster Autoscaler and Karpenter cannot remove their nodes";
}
