package dev.seaworthy.report.checklist;

import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.ChecklistItem;
import java.util.ArrayList;
import java.util.List;

/**
 * 7. Spot instances. Evidence: eksctl managed node groups with {@code spot: true}, self-managed node
 * groups whose instances distribution buys Spot, Karpenter NodePools (or Provisioners) allowing the
 * spot capacity type. Absence fails when the input declares node capacity and none of it is Spot.
 */
final class SpotInstancesItem implements ItemDefinition {

  static final String CAPACITY_TYPE = "karpenter.sh/capacity-type";

  @Override
  public ChecklistItem item() {
    return ChecklistItem.SPOT_INSTANCES;
  }

  @Override
  public Evidence collect(Inventory input) {
    List<Resource> spot = new ArrayList<>();
    List<Resource> capacity = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (Resource config : Inputs.clusterConfigs(input)) {
      List<Node> mngs = config.node().at("managedNodeGroups").items();
      List<Node> ngs = config.node().at("nodeGroups").items();
      if (!mngs.isEmpty() || !ngs.isEmpty()) {
        capacity.add(config);
      }
      List<String> names = new ArrayList<>();
      for (Node g : mngs) {
        if (g.at("spot").asBoolean().orElse(false)) {
          names.add("\"" + g.at("name").textOr("?") + "\"");
        }
      }
      for (Node g : ngs) {
        Node dist = g.at("instancesDistribution");
        if (dist.isPresent() && dist.at("onDemandPercentageAboveBaseCapacity").asLong().orElse(100) < 100) {
          names.add("\"" + g.at("name").textOr("?") + "\"");
        }
      }
      if (!names.isEmpty()) {
        spot.add(config);
        notes.add(config.ref() + " runs Spot node groups " + Inputs.list(names, 5) + Inputs.at(config.position()));
      }
    }
    for (Resource pool : Inputs.ofKinds(input, "karpenter.sh", "NodePool", "Provisioner")) {
      capacity.add(pool);
      if (allowsSpot(pool)) {
        spot.add(pool);
      }
    }
    if (!spot.isEmpty()) {
      notes.add("Spot capacity can be reclaimed with two minutes' notice: keep critical workloads on on-demand nodes "
          + "(a taint on the Spot nodes or a capacity-type node selector) and give the rest several replicas and a PodDisruptionBudget");
    }
    Absence absence =
        capacity.isEmpty()
            ? Absence.manual("no node group or Karpenter NodePool in the audited input")
            : Inputs.failUnlessTerraform(input, "node capacity is declared (" + Inputs.list(capacity.stream().map(Inputs::describe).toList(), 3)
                + ") and none of it is Spot");
    return new Evidence(Inputs.sorted(spot), List.of(), notes, absence);
  }

  private static boolean allowsSpot(Resource pool) {
    List<Node> requirements = new ArrayList<>(pool.node().at("spec", "template", "spec", "requirements").items());
    requirements.addAll(pool.node().at("spec", "requirements").items()); // v1alpha5 Provisioner
    for (Node req : requirements) {
      if (req.at("key").textOr("").equals(CAPACITY_TYPE)) {
        String op = req.at("operator").textOr("In");
        List<String> values = Inputs.texts(req.at("values"));
        if (op.equals("In") ? values.contains("spot") : op.equals("NotIn") && !values.contains("spot")) {
          return true;
        }
      }
    }
    return false;
  }

  @Override
  public String proof() {
    return "node groups with capacity type SPOT (eksctl spot: true, Terraform capacity_type = \"SPOT\") or Karpenter "
        + "NodePools allowing " + CAPACITY_TYPE + " spot, and the non-critical workloads scheduled on them";
  }
}
