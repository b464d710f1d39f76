package dev.seaworthy.report.checklist;

import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.ChecklistItem;
import java.util.ArrayList;
import java.util.List;

/**
 * 14. Disaster recovery tests: a drill, which no input can prove. Velero Restores in the input are
 * noted (a restore was at least written down).
 */
final class DrTestingItem implements ItemDefinition {

  @Override
  public ChecklistItem item() {
    return ChecklistItem.DR_TESTING;
  }

  @Override
  public Provability provability() {
    return Provability.NEVER;
  }

  @Override
  public Evidence collect(Inventory input) {
    List<Resource> restores = Inputs.ofKinds(input, "velero.io", "Restore");
    List<String> notes = new ArrayList<>();
    if (!restores.isEmpty()) {
      notes.add("Velero Restores are declared (" + Inputs.describe(restores.get(0)) + "): a restore was written down, "
          + "not shown to work");
    }
    return new Evidence(restores, List.of(), notes, Absence.manual("no input can show that a restore was tested"));
  }

  @Override
  public String proof() {
    return "a dated restore drill: backups restored into a separate cluster (or region) that came up and served, with "
        + "the measured recovery time and data loss against the targets, and the runbook that was followed";
  }
}
