package dev.seaworthy.report.checklist;

import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.core.view.PodSpecView;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * 6. Velero backups. Evidence: Velero Schedules. Gap: namespaces holding persistent data
 * (PersistentVolumeClaims, StatefulSets with volume claim templates) that no Schedule includes.
 * Absence fails when Velero itself is in the input (a BackupStorageLocation or its Deployment) but
 * nothing is scheduled.
 */
final class VeleroBackupItem implements ItemDefinition {

  @Override
  public ChecklistItem item() {
    return ChecklistItem.VELERO_BACKUP;
  }

  @Override
  public Evidence collect(Inventory input) {
    List<Resource> schedules = Inputs.ofKinds(input, "velero.io", "Schedule");
    List<String> gaps = new ArrayList<>();
    if (!schedules.isEmpty()) {
      for (String ns : statefulNamespaces(input)) {
        if (schedules.stream().noneMatch(s -> includes(s, ns))) {
          gaps.add("namespace " + ns + " holds persistent data and no Velero Schedule includes it");
        }
      }
    }
    List<Resource> velero = new ArrayList<>(Inputs.ofKinds(input, "velero.io", "BackupStorageLocation"));
    velero.addAll(Inputs.workloadsRunning(input, Set.of("Deployment"), "velero/velero"));
    Absence absence =
        velero.isEmpty()
            ? Absence.manual("no Velero Schedule in the audited input")
            : Absence.fail("Velero is installed (" + Inputs.describe(velero.get(0)) + ") but no Schedule backs anything up");
    return new Evidence(schedules, gaps, List.of(), absence);
  }

  private static Set<String> statefulNamespaces(Inventory input) {
    Set<String> out = new TreeSet<>();
    for (Resource pvc : input.ofKind("PersistentVolumeClaim")) {
      out.add(Inventory.namespaceOf(pvc));
    }
    for (PodSpecView p : input.podSpecs()) {
      Resource r = p.resource();
      if (r.kind().equals("StatefulSet") && !r.node().at("spec", "volumeClaimTemplates").items().isEmpty()) {
        out.add(Inventory.namespaceOf(r));
      }
    }
    out.removeAll(Inputs.SYSTEM_NAMESPACES);
    return out;
  }

  private static boolean includes(Resource schedule, String ns) {
    var template = schedule.node().at("spec", "template");
    List<String> included = Inputs.texts(template.at("includedNamespaces"));
    List<String> excluded = Inputs.texts(template.at("excludedNamespaces"));
    boolean in = included.isEmpty() || included.contains("*") || included.contains(ns);
    return in && !excluded.contains(ns);
  }

  @Override
  public String proof() {
    return "Velero Schedules covering every namespace with persistent data (with volume snapshots or file-system backup "
        + "for the volumes) and recent Completed backups in `velero backup get`, stored in another region or account";
  }
}
