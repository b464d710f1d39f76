package dev.seaworthy.rules.reliability;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class CronJobConcurrencyPolicyMissingTest {

  private final RuleTester tester = RuleTester.forRule(new CronJobConcurrencyPolicyMissing());

  @Test
  void positive_policyUnset() {
    tester
        .yaml("""
            apiVersion: batch/v1
            kind: CronJob
            metadata:
              name: sync
            # expect: cronjob-concurrency-policy-missing CronJob "sync" has no concurrencyPolicy, so it defaults to Allow
            spec:
              schedule: "*/5 * * * *"
              jobTemplate:
                spec:
                  template:
                    spec:
                      restartPolicy: OnFailure
                      containers:
                        - name: sync
                          image: example/sync:0.9.3
            """)
        .verify();
  }

  @Test
  void negative_anyExplicitPolicyIncludingAllow() {
    tester
        .yaml("""
            apiVersion: batch/v1
            kind: CronJob
            metadata:
              name: forbid
            spec:
              schedule: "*/5 * * * *"
              concurrencyPolicy: Forbid
              jobTemplate:
                spec:
                  template:
                    spec:
                      restartPolicy: OnFailure
                      containers:
                        - name: sync
                          image: example/sync:0.9.3
            ---
            apiVersion: batch/v1
            kind: CronJob
            metadata:
              name: allow
            spec:
              schedule: "*/5 * * * *"
              concurrencyPolicy: Allow
              jobTemplate:
                spec:
                  template:
                    spec:
                      restartPolicy: OnFailure
                      containers:
                        - name: sync
                          image: example/sync:0.9.3
            """)
        .verify();
  }
}
