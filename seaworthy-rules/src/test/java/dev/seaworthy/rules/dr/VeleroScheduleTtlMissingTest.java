package dev.seaworthy.rules.dr;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class VeleroScheduleTtlMissingTest {

  private final RuleTester tester = RuleTester.forRule(new VeleroScheduleTtlMissing());

  @Test
  void positive_noTtlTakesTheServerDefault() {
    tester
        .yaml("""
            apiVersion: velero.io/v1
            kind: Schedule
            metadata:
              name: daily
              namespace: velero
            spec:
              schedule: "0 3 * * *"
              # expect: velero-schedule-ttl-missing Schedule "daily" sets no template.ttl: its backups are kept for the Velero server's --default-backup-ttl, 720h (30 days) unless the installation changes it
              template:
                includedNamespaces: ["*"]
            ---
            apiVersion: velero.io/v1
            kind: Schedule
            metadata:
              name: bare
              namespace: velero
            # expect: velero-schedule-ttl-missing Schedule "bare"
            spec:
              schedule: "@daily"
            """)
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
                      command: [/velero]
                      args: [server, --default-backup-ttl=168h]
            ---
            apiVersion: velero.io/v1
            kind: Schedule
            metadata: {name: daily, namespace: velero}
            spec:
              schedule: "0 3 * * *"
              # expect: velero-schedule-ttl-missing the Velero server's --default-backup-ttl (168h)
              template: {includedNamespaces: [production]}
            """)
        .verify();
  }

  @Test
  void negative_ttlSetAndBackupsNotJudged() {
    tester
        .yaml("""
            apiVersion: velero.io/v1
            kind: Schedule
            metadata: {name: daily, namespace: velero}
            spec:
              schedule: "0 3 * * *"
              template:
                ttl: 720h0m0s
            ---
            apiVersion: velero.io/v1
            kind: Backup
            metadata: {name: once, namespace: velero}
            spec:
              includedNamespaces: [production]
            """)
        .verify();
  }
}
