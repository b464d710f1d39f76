package dev.seaworthy.rules.dr;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class VeleroNamespaceNotBackedUpTest {

  private final RuleTester tester = RuleTester.forRule(new VeleroNamespaceNotBackedUp());

  @Test
  void positive_statefulWorkloadsOutsideEverySchedule() {
    tester
        .yaml("""
            apiVersion: velero.io/v1
            kind: Schedule
            metadata: {name: prod, namespace: velero}
            spec:
              schedule: "0 3 * * *"
              template:
                includedNamespaces: [production]
                ttl: 720h
            ---
            apiVersion: velero.io/v1
            kind: Schedule
            metadata: {name: all-but-data, namespace: velero}
            spec:
              schedule: "0 4 * * *"
              template:
                excludedNamespaces: [data]
            ---
            apiVersion: velero.io/v1
            kind: Schedule
            metadata: {name: paused, namespace: velero}
            spec:
              paused: true
              schedule: "0 5 * * *"
              template:
                includedNamespaces: [data]
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
              # expect: velero-namespace-not-backed-up StatefulSet "postgres" keeps data in volumeClaimTemplates data, wal, but no Velero Schedule in the audited input backs up namespace "data" (Schedule "all-but-data" excludes it)
              volumeClaimTemplates:
                - metadata: {name: data}
                - metadata: {name: wal}
            """)
        .yaml("""
            apiVersion: velero.io/v1
            kind: BackupStorageLocation
            metadata: {name: default, namespace: velero}
            spec:
              provider: aws
              objectStorage: {bucket: backups}
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: uploads
            spec:
              selector:
                matchLabels: {app: uploads}
              template:
                metadata:
                  labels: {app: uploads}
                spec:
                  containers:
                    - name: app
                      image: app:1.0
                  volumes:
                    - name: cache
                      emptyDir: {}
                    # expect: velero-namespace-not-backed-up Deployment "uploads" keeps data in PersistentVolumeClaim "uploads-pvc", but no Velero Schedule in the audited input backs up namespace "default": its objects and volumes have no scheduled backup
                    - name: files
                      persistentVolumeClaim:
                        claimName: uploads-pvc
            """)
        .verify();
  }

  @Test
  void negative_noVeleroInTheInput() {
    tester
        .yaml("""
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
            """)
        .verify();
  }

  @Test
  void negative_coveredByAllWildcardOrGlobAndWorkloadsWithoutClaims() {
    tester
        .yaml("""
            apiVersion: velero.io/v1
            kind: Schedule
            metadata: {name: everything, namespace: velero}
            spec:
              schedule: "0 3 * * *"
              template:
                ttl: 720h
            ---
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
            """)
        .yaml("""
            apiVersion: velero.io/v1
            kind: Schedule
            metadata: {name: apps, namespace: velero}
            spec:
              schedule: "0 3 * * *"
              template:
                includedNamespaces: ["app-*", "*"]
                excludedNamespaces: ["app-te?t"]
            ---
            apiVersion: apps/v1
            kind: StatefulSet
            metadata: {name: db, namespace: app-test}
            spec:
              serviceName: db
              selector: {matchLabels: {app: db}}
              template:
                metadata: {labels: {app: db}}
                spec:
                  containers: [{name: db, image: "db:1"}]
              volumeClaimTemplates:
                - metadata: {name: data}
            """)
        .yaml("""
            apiVersion: velero.io/v1
            kind: Schedule
            metadata: {name: prod, namespace: velero}
            spec:
              schedule: "0 3 * * *"
              template:
                includedNamespaces: [production]
            ---
            apiVersion: apps/v1
            kind: StatefulSet
            metadata: {name: cache, namespace: data}
            spec:
              serviceName: cache
              selector: {matchLabels: {app: cache}}
              template:
                metadata: {labels: {app: cache}}
                spec:
                  containers: [{name: redis, image: "redis:7.4"}]
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: postgres-0
              namespace: data
              ownerReferences:
                - {apiVersion: apps/v1, kind: StatefulSet, name: postgres, uid: "1", controller: true}
            spec:
              containers: [{name: postgres, image: "postgres:16.4"}]
              volumes:
                - name: data
                  persistentVolumeClaim: {claimName: data-postgres-0}
            """)
        .verify();
  }
}
