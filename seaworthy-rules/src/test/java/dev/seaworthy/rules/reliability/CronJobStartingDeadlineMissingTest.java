package dev.seaworthy.rules.reliability;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class CronJobStartingDeadlineMissingTest {

  private final RuleTester tester = RuleTester.forRule(new CronJobStartingDeadlineMissing());

  @Test
  void positive_noDeadline() {
    tester
        .yaml("""
            apiVersion: batch/v1
            kind: CronJob
            metadata:
              name: backup
            # expect: cronjob-starting-deadline-missing CronJob "backup" has no startingDeadlineSeconds
            spec:
              schedule: "0 */12 * * *"
              concurrencyPolicy: Forbid
              jobTemplate:
                spec:
                  template:
                    spec:
                      restartPolicy: OnFailure
                      containers:
                        - name: backup
                          image: example/backup:1.0.0
            """)
        .verify();
  }

  @Test
  void negative_deadlineSetOrNotACronJob() {
    tester
        .yaml("""
            apiVersion: batch/v1
            kind: CronJob
            metadata:
              name: backup
            spec:
              schedule: "0 */12 * * *"
              startingDeadlineSeconds: 28800
              jobTemplate:
                spec:
                  template:
                    spec:
                      restartPolicy: OnFailure
                      containers:
                        - name: backup
                          image: example/backup:1.0.0
            ---
            apiVersion: batch/v1
            kind: Job
            metadata:
              name: once
            spec:
              ttlSecondsAfterFinished: 600
              template:
                spec:
                  restartPolicy: Never
                  containers:
                    - name: once
                      image: example/once:1.0.0
            """)
        .verify();
  }
}
