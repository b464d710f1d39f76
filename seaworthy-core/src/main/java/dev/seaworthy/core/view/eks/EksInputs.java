package dev.seaworthy.core.view.eks;

import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Origin;
import dev.seaworthy.core.model.Resource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The EKS objects of an input gathered from the few kinds that can define them, for rules that ask
 * once per pod or per ServiceAccount: {@link EksClusters#of} walks every resource, which a rule
 * called for each of thousands of pods cannot afford. Same views, same plan de-duplication.
 */
public final class EksInputs {

  private EksInputs() {}

  /** Every node group of the input, in file and line order. */
  public static List<EksNodeGroupView> nodeGroups(Inventory inventory) {
    return inventory.get(NODEGROUPS);
  }

  private static final Inventory.Derived<List<EksNodeGroupView>> NODEGROUPS = Inventory.Derived.of("nodeGroups", EksInputs::computeNodeGroups);

  private static List<EksNodeGroupView> computeNodeGroups(Inventory inventory) {
    List<EksNodeGroupView> out = new ArrayList<>();
    for (Resource r : definers(inventory, "aws_eks_node_group")) {
      out.addAll(nodeGroupsOf(r, inventory));
    }
    return List.copyOf(out);
  }

  /** The node groups that name this cluster, in file and line order (indexed once per audit). */
  public static List<EksNodeGroupView> nodeGroupsNamed(Inventory inventory, String clusterName) {
    return inventory.get(BY_CLUSTER).getOrDefault(clusterName, List.of());
  }

  private static final Inventory.Derived<java.util.Map<String, List<EksNodeGroupView>>> BY_CLUSTER =
      Inventory.Derived.of("node groups by cluster", inventory -> {
        java.util.Map<String, List<EksNodeGroupView>> out = new java.util.HashMap<>();
        for (EksNodeGroupView g : nodeGroups(inventory)) {
          out.computeIfAbsent(g.clusterName(), k -> new ArrayList<>()).add(g);
        }
        return out;
      });

  /** The node groups one resource defines; none for a module call whose groups a plan lists as resources. */
  public static List<EksNodeGroupView> nodeGroupsOf(Resource r, Inventory inventory) {
    if (r.kind().equals("module") && plannedInside(inventory, r, "aws_eks_node_group")) {
      return List.of();
    }
    return EksNodeGroupView.of(r, inventory);
  }

  /** Every EKS add-on of the input. */
  public static List<EksAddonView> addons(Inventory inventory) {
    return inventory.get(ADDONS);
  }

  private static final Inventory.Derived<List<EksAddonView>> ADDONS = Inventory.Derived.of("addons", EksInputs::computeAddons);

  private static List<EksAddonView> computeAddons(Inventory inventory) {
    List<EksAddonView> out = new ArrayList<>();
    for (Resource r : definers(inventory, "aws_eks_addon")) {
      if (!(r.kind().equals("module") && plannedInside(inventory, r, "aws_eks_addon"))) {
        out.addAll(EksAddonView.of(r));
      }
    }
    return List.copyOf(out);
  }

  /** The add-ons one resource defines; none for a module call whose add-ons a plan lists as resources. */
  public static List<EksAddonView> addonsOf(Resource r, Inventory inventory) {
    if (r.kind().equals("module") && plannedInside(inventory, r, "aws_eks_addon")) {
      return List.of();
    }
    return EksAddonView.of(r);
  }

  /** Every IRSA role of the input. */
  public static List<IrsaRoleView> irsaRoles(Inventory inventory) {
    return inventory.get(IRSAROLES);
  }

  private static final Inventory.Derived<List<IrsaRoleView>> IRSAROLES = Inventory.Derived.of("irsaRoles", EksInputs::computeIrsaRoles);

  private static List<IrsaRoleView> computeIrsaRoles(Inventory inventory) {
    List<IrsaRoleView> out = new ArrayList<>();
    for (Resource r : definers(inventory, "aws_iam_role")) {
      out.addAll(IrsaRoleView.of(r, inventory));
    }
    return List.copyOf(out);
  }

  /** The judged cluster definitions of the input (node-group-only eksctl configs excluded). */
  public static List<EksClusterView> clusters(Inventory inventory) {
    return inventory.get(CLUSTERS);
  }

  private static final Inventory.Derived<List<EksClusterView>> CLUSTERS = Inventory.Derived.of("clusters", EksInputs::computeClusters);

  private static List<EksClusterView> computeClusters(Inventory inventory) {
    List<EksClusterView> out = new ArrayList<>();
    for (Resource r : definers(inventory, "aws_eks_cluster")) {
      boolean shadowed = r.kind().equals("module") && plannedInside(inventory, r, "aws_eks_cluster");
      EksClusterView.of(r, inventory).filter(c -> c.judged() && !shadowed).ifPresent(out::add);
    }
    return List.copyOf(out);
  }

  /** The judged cluster definition a resource is, if it is one (a module a plan lists as resources is not). */
  public static java.util.Optional<EksClusterView> clusterOf(Resource r, Inventory inventory) {
    if (r.kind().equals("module") && plannedInside(inventory, r, "aws_eks_cluster")) {
      return java.util.Optional.empty();
    }
    return EksClusterView.of(r, inventory).filter(EksClusterView::judged);
  }

  /**
   * Whether the input defines a Fargate profile for the named cluster (or one whose cluster it
   * cannot tell): an eksctl {@code fargateProfiles} entry, a module {@code fargate_profiles} entry,
   * or an {@code aws_eks_fargate_profile}.
   */
  public static boolean hasFargateProfile(Inventory inventory, String clusterName) {
    for (Resource r : inventory.ofKind("ClusterConfig")) {
      if (EksClusterView.isEksctlConfig(r) && !r.node().at("fargateProfiles").items().isEmpty()
          && sameCluster(r.node().at("metadata", "name"), clusterName)) {
        return true;
      }
    }
    for (Resource r : inventory.ofKind("module")) {
      var m = EksModule.of(r).filter(x -> x.kind() == EksModule.Kind.ROOT);
      if (m.isPresent()) {
        Node profiles = r.node().at("fargate_profiles");
        boolean some = Values.isExpression(profiles) || !profiles.entries().isEmpty();
        if (some && sameCluster(m.get().input("name"), clusterName)) {
          return true;
        }
      }
    }
    for (Resource r : inventory.ofKind("aws_eks_fargate_profile")) {
      if (r.origin() == Origin.TERRAFORM) {
        return true; // its cluster_name is nearly always a reference: count it
      }
    }
    return false;
  }

  private static boolean sameCluster(Node name, String clusterName) {
    return clusterName.isEmpty() || Values.isExpression(name) || name.textOr("").isEmpty() || name.textOr("").equals(clusterName);
  }

  /** Modules, eksctl configs and Terraform resources of one more kind, in file and line order. */
  private static List<Resource> definers(Inventory inventory, String kind) {
    List<Resource> out = new ArrayList<>();
    for (Resource r : inventory.ofKind("module")) {
      if (r.origin() == Origin.TERRAFORM) {
        out.add(r);
      }
    }
    for (Resource r : inventory.ofKind("ClusterConfig")) {
      if (EksClusterView.isEksctlConfig(r)) {
        out.add(r);
      }
    }
    for (Resource r : inventory.ofKind(kind)) {
      if (r.origin() == Origin.TERRAFORM) {
        out.add(r);
      }
    }
    out.sort(Comparator.comparing(Resource::position));
    return out;
  }

  /** Whether a plan lists resources of that type inside this module call (same file). */
  private static boolean plannedInside(Inventory inventory, Resource module, String type) {
    String prefix = module.name() + ".";
    for (Resource r : inventory.ofKind(type)) {
      if (r.origin() == Origin.TERRAFORM && r.name().startsWith(prefix) && r.position().file().equals(module.position().file())) {
        return true;
      }
    }
    return false;
  }
}
