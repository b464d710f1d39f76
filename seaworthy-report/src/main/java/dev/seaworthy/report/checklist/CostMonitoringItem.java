package dev.seaworthy.report.checklist;

import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.ChecklistItem;
import java.util.List;
import java.util.Set;

/**
 * 15. Cost monitoring with Cost Explorer: an account setting, which no manifest can prove. Kubecost or
 * OpenCost in the input is noted as supporting evidence.
 */
final class CostMonitoringItem implements ItemDefinition {

  @Override
  public ChecklistItem item() {
    return ChecklistItem.COST_MONITORING;
  }

  @Override
  public Provability provability() {
    return Provability.NEVER;
  }

  @Override
  public Evidence collect(Inventory input) {
    List<Resource> tools = Inputs.workloadsRunning(input, Set.of("Deployment", "StatefulSet"), "kubecost", "opencost");
    List<String> notes = tools.isEmpty()
        ? List.of()
        : List.of("per-workload cost tooling is declared (" + Inputs.describe(tools.get(0)) + ")");
    return new Evidence(tools, List.of(), notes, Absence.manual("no input can show Cost Explorer in use"));
  }

  @Override
  public String proof() {
    return "Cost Explorer in use for the account with cost allocation tags on the cluster's resources (or EKS split cost "
        + "allocation data turned on in Billing), and an AWS Budget or Cost Anomaly Detection monitor that alerts someone";
  }
}
