package dev.seaworthy.rules.validity;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class SelectorTemplateMismatchTest {

  private final RuleTester tester = RuleTester.forRule(new SelectorTemplateMismatch());

  @Test
  void positive_selectorsTheTemplateLabelsFail() {
    tester
        .yaml("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              # expect: selector-template-mismatch Deployment "web" spec.selector requires app=web, but the pod template labels are {app=frontend, tier=web}
              selector:
                matchLabels: {app: web}
              template:
                metadata:
                  labels: {app: frontend, tier: web}
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
              # expect: selector-template-mismatch requires role In (primary, replica)
              selector:
                matchLabels: {app: db}
                matchExpressions:
                  - {key: role, operator: In, values: [primary, replica]}
              template:
                metadata:
                  labels: {app: db, role: arbiter}
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
              # expect: selector-template-mismatch DaemonSet "agent" has an empty spec.selector
              selector: {}
              template:
                metadata:
                  labels: {app: agent}
                spec:
                  containers:
                    - name: agent
                      image: example/agent:1.0.0
            ---
            apiVersion: apps/v1
            kind: ReplicaSet
            metadata:
              name: rs
            spec:
              # expect: selector-template-mismatch the pod template labels are empty
              selector:
                matchLabels: {app: rs}
              template:
                spec:
                  containers:
                    - name: app
                      image: example/app:1.0.0
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: empty-lists
            spec:
              # expect: selector-template-mismatch empty spec.selector
              selector:
                matchLabels: {}
                matchExpressions: []
              template:
                metadata:
                  labels: {app: x}
                spec:
                  containers:
                    - name: app
                      image: example/app:1.0.0
            """)
        .verify();
  }

  @Test
  void negative_matchingSelectorsAndCasesOtherRulesOwn() {
    tester
        .yaml("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: subset
            spec:
              selector:
                matchLabels: {app: web}
                matchExpressions:
                  - {key: track, operator: NotIn, values: [canary]}
                  - {key: tier, operator: Exists}
              template:
                metadata:
                  labels: {app: web, tier: frontend, version: v2}
                spec:
                  containers:
                    - name: web
                      image: nginx:1.27
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: no-selector
            spec:
              template:
                metadata:
                  labels: {app: x}
                spec:
                  containers:
                    - name: app
                      image: example/app:1.0.0
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: unreadable-operator
            spec:
              selector:
                matchExpressions:
                  - {key: app, operator: in, values: [x]}
              template:
                metadata:
                  labels: {app: y}
                spec:
                  containers:
                    - name: app
                      image: example/app:1.0.0
            ---
            apiVersion: apps/v1beta2
            kind: Deployment
            metadata:
              name: legacy
            spec:
              selector:
                matchLabels: {app: a}
              template:
                metadata:
                  labels: {app: b}
                spec:
                  containers:
                    - name: app
                      image: example/app:1.0.0
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: no-template
            spec:
              selector:
                matchLabels: {app: a}
            """)
        .verify();
  }
}
