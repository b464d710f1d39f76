package dev.seaworthy.report.checklist;

import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.core.view.eks.EksClusters;
import dev.seaworthy.core.view.eks.EksNodeGroupView;
import dev.seaworthy.core.view.eks.EksNodeGroupView.CapacityType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 7. Spot instances. Evidence: node groups of any source (eksctl, Terraform) whose capacity type is
 * Spot or a Spot/On-Demand mix, Karpenter NodePools (or Provisioners) allowing the
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
    Map<Resource, List<String>> spotGroups = new LinkedHashMap<>();
    for (EksNodeGroupView group : EksClusters.of(input).nodeGroups()) {
      if (!capacity.contains(group.resource())) {
        capacity.add(group.resource());
      }
      if (group.capacityType().known().filter(t -> t == CapacityType.SPOT || t == CapacityType.MIXED).isPresent()) {
        spotGroups.computeIfAbsent(group.resource(), r -> new ArrayList<>()).add(group.describe());
      }
    }
    spotGroups.forEach((resource, names) -> {
      spot.add(resource);
      notes.add(Inputs.describe(resource) + " runs Spot: " + Inputs.list(names, 5) + Inputs.at(resource.position()));
    });
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
            : Absence.fail("node capacity is declared (" + Inputs.list(capacity.stream().map(Inputs::describe).toList(), 3)
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
