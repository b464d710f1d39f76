package dev.seaworthy.rules.reliability;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class RevisionHistoryLimitTest {

  private final RuleTester tester = RuleTester.forRule(new RevisionHistoryLimit());

  @Test
  void positive_zeroOrAboveFifty() {
    tester
        .yaml("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              # expect: revision-history-limit Deployment "web" keeps no old revisions
              revisionHistoryLimit: 0
              selector:
                matchLabels: {app: web}
              template:
                metadata:
                  labels: {app: web}
                spec:
                  containers:
                    - name: web
                      image: nginx:1.27
            ---
            apiVersion: apps/v1
            kind: StatefulSet
            metadata:
              name: db
            spec:
              # expect: revision-history-limit StatefulSet "db" keeps up to 100 old revisions
              revisionHistoryLimit: 100
              selector:
                matchLabels: {app: db}
              template:
                metadata:
                  labels: {app: db}
                spec:
                  containers:
                    - name: db
                      image: postgres:16.4
            ---
            apiVersion: apps/v1
            kind: DaemonSet
            metadata:
              name: agent
            spec:
              # expect: revision-history-limit DaemonSet "agent"
              revisionHistoryLimit: 51
              selector:
                matchLabels: {app: agent}
              template:
                metadata:
                  labels: {app: agent}
                spec:
                  containers:
                    - name: agent
                      image: example/agent:1.0.0
            """)
        .verify();
  }

  @Test
  void negative_unsetDefaultOrReasonable() {
    tester
        .yaml("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: unset
            spec:
              selector:
                matchLabels: {app: unset}
              template:
                metadata:
                  labels: {app: unset}
                spec:
                  containers:
                    - name: app
                      image: example/app:1.0.0
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: small
            spec:
              revisionHistoryLimit: 3
              selector:
                matchLabels: {app: small}
              template:
                metadata:
                  labels: {app: small}
                spec:
                  containers:
                    - name: app
                      image: example/app:1.0.0
            ---
            apiVersion: apps/v1
            kind: DaemonSet
            metadata:
              name: fifty
            spec:
              revisionHistoryLimit: 50
              selector:
                matchLabels: {app: fifty}
              template:
                metadata:
                  labels: {app: fifty}
                spec:
                  containers:
                    - name: app
                      image: example/app:1.0.0
            ---
            apiVersion: argoproj.io/v1alpha1
            kind: Rollout
            metadata:
              name: rollout
            spec:
              revisionHistoryLimit: 0
              template:
                spec:
                  containers:
                    - name: app
                      image: example/app:1.0.0
            """)
        .verify();
  }
}
