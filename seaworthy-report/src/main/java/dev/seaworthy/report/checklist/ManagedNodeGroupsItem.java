package dev.seaworthy.report.checklist;

import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.core.view.eks.EksClusters;
import dev.seaworthy.core.view.eks.EksNodeGroupView;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * 1. Managed node groups. Evidence: the node groups any source declares (eksctl, the EKS module's
 * {@code eks_managed_node_groups}, {@code aws_eks_node_group}) that are managed. Gap: self-managed
 * groups next to them. Absence fails when the input declares node groups and every one is
 * self-managed.
 */
final class ManagedNodeGroupsItem implements ItemDefinition {

  @Override
  public ChecklistItem item() {
    return ChecklistItem.MANAGED_NODE_GROUPS;
  }

  @Override
  public Evidence collect(Inventory input) {
    Set<Resource> managed = new LinkedHashSet<>();
    List<String> selfManaged = new ArrayList<>();
    List<String> selfManagedNames = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (EksNodeGroupView group : EksClusters.of(input).nodeGroups()) {
      if (group.managed()) {
        managed.add(group.resource());
        notes.add(group.describe() + " is managed" + Inputs.at(group.node()));
      } else {
        selfManagedNames.add(group.describe() + Inputs.at(group.node()));
        selfManaged.add(group.describe() + " is self-managed: EKS does not drain and replace its nodes on updates;"
            + " declare it as a managed node group" + Inputs.at(group.node()));
      }
    }
    Absence absence =
        selfManaged.isEmpty()
            ? Absence.manual("no node group in the audited input (no eksctl ClusterConfig or Terraform declaring node groups)")
            : Absence.fail("every node group in the audited input is self-managed: " + Inputs.list(selfManagedNames, 3));
    return new Evidence(Inputs.sorted(managed), selfManaged, notes, absence);
  }

  @Override
  public String proof() {
    return "the cluster's node groups listed as managed: `aws eks list-nodegroups --cluster-name NAME` (self-managed "
        + "groups do not appear there), or the cluster's eksctl ClusterConfig (managedNodeGroups) or Terraform "
        + "(aws_eks_node_group, eks_managed_node_groups) included in the audit";
  }
}
