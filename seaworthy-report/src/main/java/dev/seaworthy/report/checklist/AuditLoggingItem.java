package dev.seaworthy.report.checklist;

import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.ChecklistItem;
import java.util.ArrayList;
import java.util.List;

/**
 * 9. Audit logging. Evidence: an eksctl ClusterConfig whose {@code cloudWatch.clusterLogging}
 * enables the {@code audit} log type. Absence fails only when a ClusterConfig sets the log types and
 * leaves audit out; a ClusterConfig that does not mention logging may only add node groups to a
 * cluster created elsewhere (the guide creates it with Terraform, whose EKS module logs audit by
 * default), so that is MANUAL, never a false alarm.
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
    List<String> silent = new ArrayList<>();
    for (Resource config : Inputs.clusterConfigs(input)) {
      Node types = config.node().at("cloudWatch", "clusterLogging", "enableTypes");
      List<String> values = Inputs.texts(types).stream().map(String::strip).toList();
      if (values.contains("audit") || values.contains("all") || values.contains("*")) {
        enabled.add(config);
      } else if (types.isPresent()) {
        withoutAudit.add(config.ref() + " enables " + (values.isEmpty() ? "no log type" : String.join(", ", values)) + " but not audit" + Inputs.at(types));
      } else {
        silent.add(Inputs.describe(config));
      }
    }
    Absence absence;
    if (!withoutAudit.isEmpty()) {
      absence = Inputs.failUnlessTerraform(input, withoutAudit.get(0));
    } else if (!silent.isEmpty()) {
      absence = Absence.manual(Inputs.list(silent, 2) + " does not set cloudWatch.clusterLogging: if it creates the cluster, "
          + "no control-plane log is on (eksctl's default); if the cluster is created elsewhere, check it there");
    } else {
      absence = Absence.manual("no cluster definition (eksctl ClusterConfig or Terraform) in the audited input");
    }
    return new Evidence(enabled, withoutAudit, List.of(), absence);
  }

  @Override
  public String proof() {
    return "`aws eks describe-cluster --name NAME --query cluster.logging` listing audit as enabled, or the cluster's "
        + "definition in the audit: eksctl cloudWatch.clusterLogging.enableTypes with audit, or Terraform "
        + "enabled_cluster_log_types (the terraform-aws-modules/eks module enables audit by default)";
  }
}
