package dev.seaworthy.core.view.eks;

import dev.seaworthy.core.inventory.Inventory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The EKS clusters, node groups, add-ons and IRSA roles of one audit, whatever defined them.
 *
 * <p>Two overlaps are resolved here. An eksctl ClusterConfig that only adds node groups to a cluster
 * Terraform defines (same name) is not a cluster definition ({@link EksClusterView#nodeGroupsOnly}).
 * In a plan, the module call and the resources planned inside it describe the same objects: the
 * planned resources (resolved values) win, and the module's entries are not listed again.
 */
public final class EksClusters {

  private final List<EksClusterView> clusters;
  private final List<EksNodeGroupView> nodeGroups;
  private final List<EksAddonView> addons;
  private final List<IrsaRoleView> irsaRoles;

  private EksClusters(Inventory inventory) {
    // the same once-per-audit lists the per-pod rules read through EksInputs
    this.clusters = EksInputs.clusters(inventory);
    this.nodeGroups = EksInputs.nodeGroups(inventory);
    this.addons = EksInputs.addons(inventory);
    this.irsaRoles = EksInputs.irsaRoles(inventory);
  }

  /** The EKS objects of the input, gathered once per audit (every cluster rule asks). */
  public static EksClusters of(Inventory inventory) {
    return inventory.get(ALL);
  }

  private static final Inventory.Derived<EksClusters> ALL = Inventory.Derived.of("EKS clusters", EksClusters::new);

  /** Cluster definitions whose cluster-level settings are judged (node-group-only eksctl configs excluded). */
  public List<EksClusterView> clusters() {
    return clusters;
  }

  public List<EksNodeGroupView> nodeGroups() {
    return nodeGroups;
  }

  public List<EksAddonView> addons() {
    return addons;
  }

  public List<IrsaRoleView> irsaRoles() {
    return irsaRoles;
  }

  /** The cluster definition with that name, if the input has exactly one. */
  public Optional<EksClusterView> named(String name) {
    List<EksClusterView> found = clusters.stream().filter(c -> c.name().is(name)).toList();
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  /** Node groups that join the named cluster (by the cluster name the input gives them). */
  public List<EksNodeGroupView> nodeGroupsOf(String clusterName) {
    return nodeGroups.stream().filter(g -> g.clusterName().equals(clusterName)).toList();
  }

  /**
   * Add-ons of a cluster definition: the module's own entries, the eksctl config's, or
   * {@code aws_eks_addon}s whose {@code cluster_name} names it (literally or by reference).
   */
  public List<EksAddonView> addonsOf(EksClusterView cluster) {
    List<EksAddonView> out = new ArrayList<>();
    Optional<String> name = cluster.name().known();
    String address = EksClusterView.baseAddress(cluster.resource().name());
    for (EksAddonView a : addons) {
      if (a.resource() == cluster.resource()) {
        out.add(a);
      } else if (a.source() == EksAddonView.Source.TERRAFORM_RESOURCE) {
        var ref = a.node().at("cluster_name");
        boolean byRef = Values.isExpression(ref) && (TerraformRefs.mentions(ref, address) || TerraformRefs.mentions(ref, cluster.resource().name()));
        boolean byName = name.isPresent() && ref.textOr("").equals(name.get()) && !Values.isExpression(ref);
        if (byRef || byName) {
          out.add(a);
        }
      }
    }
    return out;
  }
}
