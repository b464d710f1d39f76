package dev.seaworthy.rules.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class JobTtlMissingTest {

  private final RuleTester tester = RuleTester.forRule(new JobTtlMissing());

  private static final String JOB = """
      apiVersion: batch/v1
      kind: Job
      metadata:
        name: migrate
      # expect: job-ttl-missing Job "migrate" has no ttlSecondsAfterFinished
      spec:
        template:
          spec:
            restartPolicy: Never
            containers:
              - name: migrate
                image: example/migrate:3.0.1
      """;

  @Test
  void positive_jobWithoutTtlOrOwner() {
    tester.yaml(JOB).verify();
  }

  @Test
  void positive_offersNoFix() {
    assertThat(tester.findings(JOB)).singleElement().satisfies(f -> assertThat(f.fixes()).isEmpty());
  }

  @Test
  void negative_ttlOwnerOrToolManaged() {
    tester
        .yaml("""
            apiVersion: batch/v1
            kind: Job
            metadata:
              name: with-ttl
            spec:
              ttlSecondsAfterFinished: 0
              template:
                spec:
                  restartPolicy: Never
                  containers:
                    - name: task
                      image: example/task:1.0.0
            ---
            apiVersion: batch/v1
            kind: Job
            metadata:
              name: nightly-29001234
              ownerReferences:
                - {apiVersion: batch/v1, kind: CronJob, name: nightly, uid: 0b7e3c1a-8f2d-4e6b-9a1c-2d3e4f5a6b7c, controller: true}
            spec:
              template:
                spec:
                  restartPolicy: OnFailure
                  containers:
                    - name: task
                      image: example/task:1.0.0
            ---
            apiVersion: batch/v1
            kind: Job
            metadata:
              name: helm-migrate
              annotations:
                helm.sh/hook: pre-upgrade
            spec:
              template:
                spec:
                  restartPolicy: Never
                  containers:
                    - name: task
                      image: example/task:1.0.0
            ---
            apiVersion: batch/v1
            kind: Job
            metadata:
              name: argo-sync
              annotations:
                argocd.argoproj.io/hook: PreSync
                argocd.argoproj.io/hook-delete-policy: HookSucceeded
            spec:
              template:
                spec:
                  restartPolicy: Never
                  containers:
                    - name: task
                      image: example/task:1.0.0
            ---
            apiVersion: batch/v1
            kind: CronJob
            metadata:
              name: nightly
            spec:
              schedule: "0 3 * * *"
              jobTemplate:
                spec:
                  template:
                    spec:
                      restartPolicy: OnFailure
                      containers:
                        - name: task
                          image: example/task:1.0.0
            """)
        .verify();
  }
}
