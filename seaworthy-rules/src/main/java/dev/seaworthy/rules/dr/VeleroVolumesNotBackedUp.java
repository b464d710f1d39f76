package dev.seaworthy.rules.dr;

import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.core.rule.InventoryRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.PodSpecView;
import java.util.ArrayList;
import java.util.List;

@RuleInfo(
    id = "velero-volumes-not-backed-up",
    title = "Velero backup covers PersistentVolumeClaims but backs up no volume data",
    severity = Severity.HIGH,
    category = Category.DR,
    checklist = {ChecklistItem.VELERO_BACKUP},
    description = """
        A Velero Schedule or Backup with `snapshotVolumes: false` takes no volume snapshots (EBS or \
        CSI), and unless `defaultVolumesToFsBackup: true` (or the server flag \
        --default-volumes-to-fs-backup, or the pods' backup.velero.io/backup-volumes opt-in) turns on \
        file-system backup, the data on the volumes is not copied at all. The backup then restores \
        the StatefulSets and PersistentVolumeClaims with empty disks: it looks complete and is not. \
        Reported when stateful workloads in the input live in the namespaces the backup covers.""",
    remediation = "Remove `snapshotVolumes: false` (and configure a VolumeSnapshotLocation or CSI snapshots), or set `defaultVolumesToFsBackup: true`.",
    references = {
      "https://velero.io/docs/main/api-types/backup/",
      "https://velero.io/docs/main/file-system-backup/",
      "https://velero.io/docs/main/csi/"
    },
    example = """
        apiVersion: velero.io/v1
        kind: Schedule
        metadata:
          name: daily
          namespace: velero
        spec:
          schedule: "0 3 * * *"
          template:
            includedNamespaces: [data]
            snapshotVolumes: false
            ttl: 720h0m0s
        ---
        apiVersion: apps/v1
        kind: StatefulSet
        metadata:
          name: postgres
          namespace: data
        spec:
          serviceName: postgres
          selector:
            matchLabels: {app: postgres}
          template:
            metadata:
              labels: {app: postgres}
            spec:
              containers:
                - name: postgres
                  image: postgres:16.4
          volumeClaimTemplates:
            - metadata: {name: data}
              spec:
                accessModes: [ReadWriteOnce]
                resources: {requests: {storage: 20Gi}}
        """,
    fixedExample = """
        apiVersion: velero.io/v1
        kind: Schedule
        metadata:
          name: daily
          namespace: velero
        spec:
          schedule: "0 3 * * *"
          template:
            includedNamespaces: [data]
            snapshotVolumes: false
            defaultVolumesToFsBackup: true
            ttl: 720h0m0s
        ---
        apiVersion: apps/v1
        kind: StatefulSet
        metadata:
          name: postgres
          namespace: data
        spec:
          serviceName: postgres
          selector:
            matchLabels: {app: postgres}
          template:
            metadata:
              labels: {app: postgres}
            spec:
              containers:
                - name: postgres
                  image: postgres:16.4
          volumeClaimTemplates:
            - metadata: {name: data}
              spec:
                accessModes: [ReadWriteOnce]
                resources: {requests: {storage: 20Gi}}
        """)
public final class VeleroVolumesNotBackedUp implements InventoryRule {

  private static final int NAMED = 3;

  @Override
  public boolean appliesTo(Resource resource) {
    return resource.group().equals(Velero.GROUP) && (resource.kind().equals("Schedule") || resource.kind().equals("Backup"));
  }

  @Override
  public List<Violation> check(Resource resource, RuleContext context) {
    Node spec = Velero.backupSpec(resource);
    Node snapshots = spec.at("snapshotVolumes");
    if (snapshots.asBoolean().orElse(true) || fsBackupByDefault(spec, context.inventory())) {
      return List.of();
    }
    List<String> unprotected = new ArrayList<>();
    for (PodSpecView pod : context.inventory().podSpecs()) {
      if (Velero.ownedByController(pod.resource()) || Velero.stateful(pod).isEmpty() || Velero.optsInToFsBackup(pod)) {
        continue;
      }
      if (Velero.covers(spec, Inventory.namespaceOf(pod.resource()))) {
        unprotected.add(pod.resource().ref());
      }
    }
    if (unprotected.isEmpty()) {
      return List.of();
    }
    String named = String.join(", ", unprotected.subList(0, Math.min(NAMED, unprotected.size())))
        + (unprotected.size() > NAMED ? " and " + (unprotected.size() - NAMED) + " more" : "");
    return Violation.one(snapshots,
        Velero.describe(resource) + " sets snapshotVolumes: false without defaultVolumesToFsBackup: the volume data of " + named
            + " is not backed up, and a restore brings back empty disks");
  }

  private static boolean fsBackupByDefault(Node spec, Inventory inventory) {
    if (spec.at("defaultVolumesToFsBackup").asBoolean().orElse(false) || spec.at("defaultVolumesToRestic").asBoolean().orElse(false)) {
      return true;
    }
    return isTrue(Velero.serverFlag(inventory, "default-volumes-to-fs-backup").orElse("false"))
        || isTrue(Velero.serverFlag(inventory, "default-volumes-to-restic").orElse("false"));
  }

  private static boolean isTrue(String flag) {
    return flag.equalsIgnoreCase("true") || flag.equals("1") || flag.equalsIgnoreCase("t");
  }
}
