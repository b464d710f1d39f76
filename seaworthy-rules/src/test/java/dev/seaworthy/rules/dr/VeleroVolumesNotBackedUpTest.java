package dev.seaworthy.rules.dr;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class VeleroVolumesNotBackedUpTest {

  private final RuleTester tester = RuleTester.forRule(new VeleroVolumesNotBackedUp());

  private static final String STATEFUL = """
      apiVersion: apps/v1
      kind: StatefulSet
      metadata: {name: postgres, namespace: data}
      spec:
        serviceName: postgres
        selector: {matchLabels: {app: postgres}}
        template:
          metadata: {labels: {app: postgres}}
          spec:
            containers: [{name: postgres, image: "postgres:16.4"}]
        volumeClaimTemplates:
          - metadata: {name: data}
      ---
      apiVersion: v1
      kind: Pod
      metadata: {name: scratch, namespace: data}
      spec:
        containers: [{name: c, image: "c:1"}]
        volumes:
          - name: v
            persistentVolumeClaim: {claimName: scratch}
      """;

  @Test
  void positive_scheduleAndBackupWithoutAnyVolumeData() {
    tester
        .yaml("""
            apiVersion: velero.io/v1
            kind: Schedule
            metadata: {name: daily, namespace: velero}
            spec:
              schedule: "0 3 * * *"
              template:
                includedNamespaces: [data]
                # expect: velero-volumes-not-backed-up Schedule "daily" sets snapshotVolumes: false without defaultVolumesToFsBackup: the volume data of StatefulSet/data/postgres, Pod/data/scratch is not backed up
                snapshotVolumes: false
                defaultVolumesToFsBackup: false
            ---
            apiVersion: velero.io/v1
            kind: Backup
            metadata: {name: before-upgrade, namespace: velero}
            spec:
              # expect: velero-volumes-not-backed-up Backup "before-upgrade"
              snapshotVolumes: false
            ---
            """ + STATEFUL)
        .verify();
  }

  @Test
  void negative_fsBackupSnapshotsOptInsAndOtherNamespaces() {
    tester
        .yaml("""
            apiVersion: velero.io/v1
            kind: Schedule
            metadata: {name: fs, namespace: velero}
            spec:
              schedule: "0 3 * * *"
              template:
                snapshotVolumes: false
                defaultVolumesToFsBackup: true
            ---
            apiVersion: velero.io/v1
            kind: Schedule
            metadata: {name: snapshots, namespace: velero}
            spec:
              schedule: "0 3 * * *"
              template:
                includedNamespaces: [data]
            ---
            apiVersion: velero.io/v1
            kind: Schedule
            metadata: {name: elsewhere, namespace: velero}
            spec:
              schedule: "0 3 * * *"
              template:
                includedNamespaces: [production]
                snapshotVolumes: false
            ---
            """ + STATEFUL)
        .yaml("""
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: velero, namespace: velero}
            spec:
              selector: {matchLabels: {app: velero}}
              template:
                metadata: {labels: {app: velero}}
                spec:
                  containers:
                    - name: velero
                      image: velero/velero:v1.15.0
                      args: [server, --default-volumes-to-fs-backup]
            ---
            apiVersion: velero.io/v1
            kind: Schedule
            metadata: {name: server-default, namespace: velero}
            spec:
              schedule: "0 3 * * *"
              template:
                snapshotVolumes: false
            ---
            """ + STATEFUL)
        .yaml("""
            apiVersion: velero.io/v1
            kind: Schedule
            metadata: {name: opt-in, namespace: velero}
            spec:
              schedule: "0 3 * * *"
              template:
                snapshotVolumes: false
            ---
            apiVersion: apps/v1
            kind: StatefulSet
            metadata: {name: postgres, namespace: data}
            spec:
              serviceName: postgres
              selector: {matchLabels: {app: postgres}}
              template:
                metadata:
                  labels: {app: postgres}
                  annotations:
                    backup.velero.io/backup-volumes: data
                spec:
                  containers: [{name: postgres, image: "postgres:16.4"}]
              volumeClaimTemplates:
                - metadata: {name: data}
            """)
        .verify();
  }
}
