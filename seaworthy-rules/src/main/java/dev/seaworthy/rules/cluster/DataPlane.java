package dev.seaworthy.rules.cluster;

import dev.seaworthy.core.data.InstanceTypes;
import dev.seaworthy.core.data.InstanceTypes.InstanceType;
import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.view.eks.EksAddonView;
import dev.seaworthy.core.view.eks.EksClusterView;
import dev.seaworthy.core.view.eks.EksInputs;
import dev.seaworthy.core.view.eks.EksNodeGroupView;
import dev.seaworthy.core.view.eks.EksNodeGroupView.CapacityType;
import dev.seaworthy.core.view.eks.EksNodeGroupView.Taint;
import dev.seaworthy.core.view.eks.Setting;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What the data-plane rules share: node groups of a cluster, instance types, wording. */
final class DataPlane {

  static final InstanceTypes TYPES = InstanceTypes.bundled();
  private static final int NAMED = 4;

  private DataPlane() {}

  static boolean definesNodeGroups(Resource r) {
    return !EksNodeGroupView.of(r, Inventory.empty()).isEmpty();
  }

  static boolean definesAddons(Resource r) {
    return !EksAddonView.of(r).isEmpty();
  }

  /**
   * The node groups of one cluster definition: its own (module entries, eksctl groups) and those
   * that other resources of the input add to the same cluster name.
   */
  record Fleet(List<EksNodeGroupView> own, List<EksNodeGroupView> others) {

    static Fleet of(EksClusterView cluster, Inventory inventory) {
      List<EksNodeGroupView> own = EksInputs.nodeGroupsOf(cluster.resource(), inventory);
      List<EksNodeGroupView> others = new ArrayList<>();
      Optional<String> name = cluster.name().known();
      if (name.isPresent()) {
        for (EksNodeGroupView g : EksInputs.nodeGroupsNamed(inventory, name.get())) {
          if (g.resource() != cluster.resource()) {
            others.add(g);
          }
        }
      }
      return new Fleet(own, others);
    }

    List<EksNodeGroupView> all() {
      List<EksNodeGroupView> all = new ArrayList<>(own);
      all.addAll(others);
      return all;
    }
  }

  /** The group's instance type names, distinct, when known (written or someone's default). */
  static Optional<List<String>> typeNames(EksNodeGroupView g) {
    Setting<List<String>> s = g.instanceTypes();
    if (s.known().isEmpty() || s.value().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(List.copyOf(new LinkedHashSet<>(s.value().stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).toList())));
  }

  /** The group's instance types from the table; empty when a name is unknown or not in the table. */
  static Optional<List<InstanceType>> types(EksNodeGroupView g) {
    Optional<List<String>> names = typeNames(g);
    if (names.isEmpty()) {
      return Optional.empty();
    }
    List<InstanceType> out = new ArrayList<>();
    for (String n : names.get()) {
      Optional<InstanceType> t = TYPES.find(n);
      if (t.isEmpty()) {
        return Optional.empty();
      }
      out.add(t.get());
    }
    return Optional.of(out);
  }

  /** Buys some or all of its instances on Spot. */
  static boolean isSpot(EksNodeGroupView g) {
    return g.capacityType().is(CapacityType.SPOT) || g.capacityType().is(CapacityType.MIXED);
  }

  static boolean blocks(Taint t) {
    return t.effect().equals("NoSchedule") || t.effect().equals("NoExecute");
  }

  /** Whether pods without tolerations (CoreDNS, controllers) can run there: taints known, none blocking. */
  static Optional<Boolean> runsSystemPods(EksNodeGroupView g) {
    Setting<List<Taint>> taints = g.taints();
    if (taints.isUnknown()) {
      return Optional.empty();
    }
    return Optional.of(taints.known().orElse(List.of()).stream().noneMatch(DataPlane::blocks));
  }

  /** {@code a, b, c and 2 more}. */
  static String names(Collection<String> items) {
    List<String> all = List.copyOf(items);
    List<String> shown = all.subList(0, Math.min(NAMED, all.size()));
    String more = all.size() > NAMED ? " and " + (all.size() - NAMED) + " more" : "";
    return String.join(", ", shown) + more;
  }

  static String describeAll(Collection<EksNodeGroupView> groups) {
    return names(groups.stream().map(EksNodeGroupView::describe).toList());
  }
}
