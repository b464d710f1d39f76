package dev.seaworthy.rules.validity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.rule.PatchOp;
import dev.seaworthy.core.testing.RuleTester;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkloadSelectorMissingTest {

  private final RuleTester tester = RuleTester.forRule(new WorkloadSelectorMissing());

  @Test
  void positive_appsV1WorkloadsWithoutSelector() {
    tester
        .yaml("""
            # The guide's Deployment: no selector and no template labels.
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: s3-app
            # expect: workload-selector-missing Deployment "s3-app" has no spec.selector and its pod template has no labels
            spec:
              replicas: 2
              template:
                spec:
                  serviceAccountName: s3-app
                  containers:
                    - name: app
                      image: example/s3-app:1.0.0
            ---
            apiVersion: apps/v1
            kind: DaemonSet
            metadata:
              name: agent
            # expect: workload-selector-missing DaemonSet "agent" has no spec.selector: apps/v1 requires one
            spec:
              template:
                metadata:
                  labels: {app: agent}
                spec:
                  containers:
                    - name: agent
                      image: example/agent:1.0.0
            ---
            apiVersion: apps/v1
            kind: StatefulSet
            metadata:
              name: db
            # expect: workload-selector-missing StatefulSet "db"
            spec:
              selector:
              serviceName: db
              template:
                metadata:
                  labels: {app: db}
                spec:
                  containers:
                    - name: db
                      image: postgres:16.4
            """)
        .verify();
  }

  @Test
  void negative_selectorPresentOrNotAnAppsV1Workload() {
    tester
        .yaml("""
            apiVersion: apps/v1
            kind: ReplicaSet
            metadata:
              name: rs
            spec:
              selector:
                matchLabels: {app: rs}
              template:
                metadata:
                  labels: {app: rs}
                spec:
                  containers:
                    - name: app
                      image: example/app:1.0.0
            ---
            apiVersion: extensions/v1beta1
            kind: Deployment
            metadata:
              name: legacy
            spec:
              template:
                metadata:
                  labels: {app: legacy}
                spec:
                  containers:
                    - name: app
                      image: example/app:1.0.0
            ---
            apiVersion: batch/v1
            kind: Job
            metadata:
              name: job
            spec:
              ttlSecondsAfterFinished: 60
              template:
                spec:
                  restartPolicy: Never
                  containers:
                    - name: job
                      image: example/job:1.0.0
            ---
            apiVersion: example.com/v1
            kind: Deployment
            metadata:
              name: custom
            spec: {}
            """)
        .verify();
  }

  @Test
  void fixSelectsTheTemplateLabels() {
    var findings = tester.findings("""
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          template:
            metadata:
              labels: {app: web, tier: frontend}
            spec:
              containers:
                - {name: web, image: "nginx:1.27"}
        """);
    assertThat(findings).singleElement().satisfies(f ->
        assertThat(f.fixes().get(0).ops())
            .containsExactly(PatchOp.add("/spec/selector", Map.of("matchLabels", Map.of("app", "web", "tier", "frontend")))));
  }

  @Test
  void noFixWithoutTemplateLabels() {
    var findings = tester.findings("""
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          template:
            spec:
              containers:
                - {name: web, image: "nginx:1.27"}
        """);
    assertThat(findings).singleElement().satisfies(f -> assertThat(f.fixes()).isEmpty());
  }
}
