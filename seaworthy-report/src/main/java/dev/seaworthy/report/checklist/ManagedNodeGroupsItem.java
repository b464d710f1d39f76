package dev.seaworthy.report.checklist;

import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.ChecklistItem;
import java.util.ArrayList;
import java.util.List;

/**
 * 1. Managed node groups. Evidence: eksctl ClusterConfigs declaring {@code managedNodeGroups}. Gap:
 * self-managed {@code nodeGroups} next to them. Absence fails when the input declares node groups
 * and every one is self-managed.
 */
final class ManagedNodeGroupsItem implements ItemDefinition {

  @Override
  public ChecklistItem item() {
    return ChecklistItem.MANAGED_NODE_GROUPS;
  }

  @Override
  public Evidence collect(Inventory input) {
    List<Resource> managed = new ArrayList<>();
    List<String> selfManaged = new ArrayList<>();
    List<String> selfManagedNames = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (Resource config : Inputs.clusterConfigs(input)) {
      List<Node> mngs = config.node().at("managedNodeGroups").items();
      if (!mngs.isEmpty()) {
        managed.add(config);
        notes.add(config.ref() + " declares managed node groups " + names(mngs) + Inputs.at(config.position()));
      }
      for (Node ng : config.node().at("nodeGroups").items()) {
        selfManagedNames.add("\"" + ng.at("name").textOr("?") + "\"" + Inputs.at(ng));
        selfManaged.add("node group \"" + ng.at("name").textOr("?") + "\" of " + config.ref()
            + " is self-managed (nodeGroups:); declare it under managedNodeGroups" + Inputs.at(ng));
      }
    }
    Absence absence =
        selfManaged.isEmpty()
            ? Absence.manual("no managed node group in the audited input (no eksctl ClusterConfig or Terraform declaring node groups)")
            : Inputs.failUnlessTerraform(input, "every node group in the audited input is self-managed: " + Inputs.list(selfManagedNames, 3));
    return new Evidence(managed, selfManaged, notes, absence);
  }

  private static String names(List<Node> groups) {
    return Inputs.list(groups.stream().map(g -> "\"" + g.at("name").textOr("?") + "\"").toList(), 5);
  }

  @Override
  public String proof() {
    return "the cluster's node groups listed as managed: `aws eks list-nodegroups --cluster-name NAME` (self-managed "
        + "groups do not appear there), or the cluster's eksctl ClusterConfig (managedNodeGroups) or Terraform "
        + "(aws_eks_node_group, eks_managed_node_groups) included in the audit";
  }
}
