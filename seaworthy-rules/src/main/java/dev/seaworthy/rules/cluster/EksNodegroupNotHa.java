package dev.seaworthy.rules.cluster;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.eks.EksClusterView;
import dev.seaworthy.core.view.eks.EksNodeGroupView;
import dev.seaworthy.core.view.eks.Setting;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@RuleInfo(
    id = "eks-nodegroup-not-ha",
    title = "No node group that can run system pods keeps two nodes or spans two Availability Zones",
    severity = Severity.MEDIUM,
    category = Category.RELIABILITY,
    description = """
        CoreDNS, the load balancer controller and other pods without tolerations can only run on \
        node groups without NoSchedule or NoExecute taints. If none of those groups keeps at least \
        two nodes (min size), one instance failure, Spot reclaim or AMI update stops them; if all of \
        them sit in one subnet or Availability Zone, an AZ outage does. The rule judges the cluster, \
        not each group, so a tainted batch group that scales from zero is fine. Defaults count and \
        are named: module v18-v20 node groups default to min_size 0, and eksctl sets a left-out \
        minSize to desiredCapacity. Unknown sizes, subnets or taints keep the rule quiet, and the \
        cluster is judged only when its definition lists node groups itself.""",
    remediation = "Give at least one untainted node group min size 2 or more and subnets in at least two Availability Zones.",
    references = {
      "https://docs.aws.amazon.com/eks/latest/best-practices/data-plane.html",
      "https://docs.aws.amazon.com/eks/latest/userguide/managed-node-groups.html"
    },
    example = """
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: us-east-1
        iam: {withOIDC: true}
        managedNodeGroups:
          - name: system
            instanceType: m5.large
            desiredCapacity: 1
            maxSize: 3
        """,
    fixedExample = """
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: us-east-1
        iam: {withOIDC: true}
        managedNodeGroups:
          - name: system
            instanceType: m5.large
            desiredCapacity: 2
            minSize: 2
            maxSize: 4
        """)
public final class EksNodegroupNotHa extends ClusterDataPlaneRule {

  @Override
  List<Violation> check(EksClusterView cluster, DataPlane.Fleet fleet, RuleContext context) {
    if (fleet.own().isEmpty()) {
      return List.of();
    }
    List<EksNodeGroupView> system = new ArrayList<>();
    for (EksNodeGroupView g : fleet.all()) {
      Optional<Boolean> runs = DataPlane.runsSystemPods(g);
      if (runs.isEmpty()) {
        return List.of();
      }
      if (runs.get()) {
        system.add(g);
      }
    }
    Optional<EksNodeGroupView> anchor = system.stream().filter(fleet.own()::contains).findFirst();
    if (system.isEmpty() || anchor.isEmpty()) {
      return List.of();
    }
    List<Violation> out = new ArrayList<>();
    boolean allSmall = true;
    for (EksNodeGroupView g : system) {
      Setting<Long> min = g.minSize();
      allSmall &= min.known().map(m -> m < 2).orElse(false);
    }
    if (allSmall) {
      Setting<Long> min = anchor.get().minSize();
      String text = system.size() == 1
          ? DataPlane.describeAll(system) + " is the only node group that can run pods without tolerations (CoreDNS, controllers) and its min size is " + min.value() + min.note()
          : "no node group that can run pods without tolerations (CoreDNS, controllers) keeps two nodes (" + DataPlane.describeAll(system) + "; min size " + min.value() + min.note() + " here)";
      out.add(Violation.of(min.node(), text
          + ": one instance failure or Spot reclaim can leave none"));
    }
    Set<String> zones = new LinkedHashSet<>();
    Node zoneNode = null;
    for (EksNodeGroupView g : system) {
      Optional<Zone> z = singleZone(g);
      if (z.isEmpty()) {
        return out;
      }
      zones.add(z.get().value());
      if (g == anchor.get()) {
        zoneNode = z.get().node();
      }
    }
    if (zones.size() == 1 && zoneNode != null) {
      out.add(Violation.of(zoneNode, "every node group that can run pods without tolerations (" + DataPlane.describeAll(system)
          + ") is placed in the single " + zones.iterator().next() + ": an Availability Zone outage stops CoreDNS and the controllers"));
    }
    return out;
  }

  private record Zone(String value, Node node) {}

  /** The one subnet or Availability Zone a group is confined to, when the input says exactly one. */
  private static Optional<Zone> singleZone(EksNodeGroupView g) {
    Node azs = g.node().at("availabilityZones");
    if (g.source() == EksNodeGroupView.Source.EKSCTL && azs.isList()) {
      return azs.items().size() == 1 && azs.items().get(0).text().isPresent()
          ? Optional.of(new Zone("Availability Zone " + azs.items().get(0).textOr(""), azs)) : Optional.empty();
    }
    Setting<List<String>> subnets = g.subnets();
    if (!subnets.isExplicit() || subnets.value().size() != 1) {
      return Optional.empty();
    }
    return Optional.of(new Zone("subnet " + subnets.value().get(0), subnets.node()));
  }
}
