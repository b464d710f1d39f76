package dev.seaworthy.rules.cluster;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.eks.EksAddonView;
import dev.seaworthy.core.view.eks.EksClusterView;
import dev.seaworthy.core.view.eks.EksClusters;
import dev.seaworthy.core.view.eks.EksInputs;
import dev.seaworthy.core.view.eks.EksNodeGroupView;
import dev.seaworthy.core.view.eks.Setting;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@RuleInfo(
    id = "eks-prefix-delegation-xen",
    title = "VPC CNI prefix delegation is enabled while node groups of the cluster use Xen instance types",
    severity = Severity.MEDIUM,
    category = Category.NETWORK,
    description = """
        ENABLE_PREFIX_DELEGATION gives each node /28 prefixes instead of single IP addresses, so a \
        t3.large can run 110 pods instead of 35. Prefixes are a Nitro feature: nodes of Xen-based \
        types (t2, m4, c4 and other older generations) in the same cluster do not get them and stay \
        at their secondary-IP pod density, while capacity plans, max-pods settings and the \
        autoscaler's expectations assume the prefix density. The node groups counted are those of \
        the add-on's cluster in the input (Terraform and eksctl alike); hypervisors come from the \
        bundled, dated instance-type table.""",
    remediation = "Replace the Xen instance types with Nitro ones (t2.large -> t3.large or t3a.large), or keep those groups out of a prefix-delegation cluster.",
    references = {
      "https://docs.aws.amazon.com/eks/latest/best-practices/prefix-mode-linux.html",
      "https://docs.aws.amazon.com/eks/latest/userguide/cni-increase-ip-addresses.html",
      "https://docs.aws.amazon.com/ec2/latest/instancetypes/ec2-nitro-instances.html"
    },
    example = """
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: us-east-1
        addons:
          - name: vpc-cni
            configurationValues: |-
              {"env": {"ENABLE_PREFIX_DELEGATION": "true"}}
        managedNodeGroups:
          - name: workers
            instanceTypes: [t3.large, t2.large]
        """,
    fixedExample = """
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: us-east-1
        addons:
          - name: vpc-cni
            configurationValues: |-
              {"env": {"ENABLE_PREFIX_DELEGATION": "true"}}
        managedNodeGroups:
          - name: workers
            instanceTypes: [t3.large, t3a.large]
        """)
public final class EksPrefixDelegationXen extends AddonRule {

  public EksPrefixDelegationXen() {
    super("vpc-cni");
  }

  @Override
  List<Violation> check(EksAddonView addon, RuleContext context) {
    Setting<Node> config = addon.configurationValues();
    Node flag = config.known().map(c -> c.at("env", "ENABLE_PREFIX_DELEGATION")).orElse(null);
    if (flag == null || !flag.textOr("").strip().equalsIgnoreCase("true")) {
      return List.of();
    }
    Optional<String> cluster = clusterName(addon, context);
    List<EksNodeGroupView> groups = new ArrayList<>(EksInputs.nodeGroupsOf(addon.resource(), context.inventory()));
    if (cluster.isPresent()) {
      for (EksNodeGroupView g : EksInputs.nodeGroups(context.inventory())) {
        if (g.resource() != addon.resource() && g.clusterName().equals(cluster.get())) {
          groups.add(g);
        }
      }
    }
    List<String> parts = new ArrayList<>();
    Set<String> xenTypes = new LinkedHashSet<>();
    for (EksNodeGroupView g : groups) {
      List<String> xen = EksNodegroupXenInstance.xenTypes(g);
      if (!xen.isEmpty()) {
        parts.add(g.describe() + " (" + String.join(", ", xen) + ")");
        xenTypes.addAll(xen);
      }
    }
    if (parts.isEmpty()) {
      return List.of();
    }
    String example = xenTypes.iterator().next();
    String density = DataPlane.TYPES.find(example).flatMap(t -> t.maxPods().isPresent() ? Optional.of(t.maxPods().getAsInt()) : Optional.empty())
        .map(n -> " (" + n + " pods on a " + example + ")").orElse("");
    Node at = flag.position().isKnown() ? flag : addon.node();
    return Violation.one(at, addon.describe() + " enables prefix delegation, but " + DataPlane.names(parts)
        + (parts.size() == 1 ? " uses" : " use") + " Xen instance types, which get no prefixes and stay at secondary-IP pod density" + density);
  }

  /** The name of the cluster the add-on belongs to, when the input says. */
  private static Optional<String> clusterName(EksAddonView addon, RuleContext context) {
    Optional<EksClusterView> own = EksClusterView.of(addon.resource(), context.inventory());
    if (own.isPresent()) {
      return own.get().name().known();
    }
    List<EksClusterView> clusters = EksInputs.clusters(context.inventory());
    EksClusters all = EksClusters.of(context.inventory());
    for (EksClusterView c : clusters) {
      if (all.addonsOf(c).stream().anyMatch(a -> a.resource() == addon.resource())) {
        return c.name().known();
      }
    }
    return Optional.empty();
  }
}
