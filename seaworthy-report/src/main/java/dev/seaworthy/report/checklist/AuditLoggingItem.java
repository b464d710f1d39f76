package dev.seaworthy.report.checklist;

import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.core.view.eks.EksClusterView;
import dev.seaworthy.core.view.eks.EksClusters;
import java.util.ArrayList;
import java.util.List;

/**
 * 9. Audit logging. Evidence: cluster definitions (eksctl, the EKS Terraform module, aws_eks_cluster)
 * whose control-plane log types include {@code audit}, explicitly or by their defaults (the EKS module
 * v18+ enables it by default; eksctl and the raw resource do not). Absence fails when a definition is
 * known to leave audit off. An eksctl ClusterConfig that only adds node groups to a cluster defined in
 * Terraform is not a cluster definition here, and a value Seaworthy cannot resolve is MANUAL.
 */
final class AuditLoggingItem implements ItemDefinition {

  @Override
  public ChecklistItem item() {
    return ChecklistItem.AUDIT_LOGGING;
  }

  @Override
  public Evidence collect(Inventory input) {
    List<Resource> enabled = new ArrayList<>();
    List<String> withoutAudit = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (EksClusterView cluster : EksClusters.of(input).clusters()) {
      var types = cluster.logTypes();
      if (types.isUnknown()) {
        unknown.add(cluster.describe() + " sets its log types from " + types.by() + ", which the input does not resolve" + Inputs.at(types.node()));
      } else if (types.known().orElse(List.of()).contains("audit")) {
        enabled.add(cluster.resource());
        notes.add(cluster.describe() + " logs audit" + types.note() + Inputs.at(types.node()));
      } else {
        List<String> on = types.known().orElse(List.of());
        withoutAudit.add(cluster.describe() + " enables " + (on.isEmpty() ? "no control-plane log type" : String.join(", ", on))
            + types.note() + ", not audit" + Inputs.at(types.node()));
      }
    }
    Absence absence;
    if (!withoutAudit.isEmpty()) {
      absence = Absence.fail(withoutAudit.get(0));
    } else if (!unknown.isEmpty()) {
      absence = Absence.manual(unknown.get(0));
    } else {
      absence = Absence.manual("no cluster definition (eksctl ClusterConfig or Terraform) in the audited input");
    }
    return new Evidence(Inputs.sorted(enabled), withoutAudit, notes, absence);
  }

  @Override
  public String proof() {
    return "`aws eks describe-cluster --name NAME --query cluster.logging` listing audit as enabled, or the cluster's "
        + "definition in the audit: eksctl cloudWatch.clusterLogging.enableTypes with audit, Terraform "
        + "enabled_cluster_log_types, or the terraform-aws-modules/eks module (audit on by default since v18)";
  }
}
