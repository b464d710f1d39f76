package dev.seaworthy.rules.reliability;

import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ResourceRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import java.util.List;

@RuleInfo(
    id = "cronjob-starting-deadline-missing",
    title = "CronJob has no startingDeadlineSeconds",
    severity = Severity.LOW,
    category = Category.RELIABILITY,
    description = """
        Without spec.startingDeadlineSeconds a run that could not start on time (kube-controller-manager \
        unavailable, the CronJob suspended, a Forbid policy waiting for the previous run) has no \
        deadline: the controller starts the most recent missed run whenever it catches up, however \
        late, and un-suspending the CronJob starts it at once. A nightly batch can then run at peak \
        hours. The controller also counts every missed schedule since the last run; the Kubernetes \
        docs say it stops starting the Job after more than 100, while the current controller records \
        a TooManyMissedTimes warning and still starts the latest run. A deadline bounds both.""",
    remediation = "Set spec.startingDeadlineSeconds to the latest a run is still useful (at least 10 seconds, since the controller checks every 10 seconds).",
    references = {
      "https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/#starting-deadline",
      "https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/#cron-job-limitations"
    },
    equivalents = {"kube-score:cronjob-has-deadline"},
    example = """
        apiVersion: batch/v1
        kind: CronJob
        metadata:
          name: nightly-report
        spec:
          schedule: "0 2 * * *"
          concurrencyPolicy: Forbid
          jobTemplate:
            spec:
              template:
                spec:
                  restartPolicy: OnFailure
                  containers:
                    - name: report
                      image: example/report:1.2.0
        """,
    fixedExample = """
        apiVersion: batch/v1
        kind: CronJob
        metadata:
          name: nightly-report
        spec:
          schedule: "0 2 * * *"
          startingDeadlineSeconds: 3600
          concurrencyPolicy: Forbid
          jobTemplate:
            spec:
              template:
                spec:
                  restartPolicy: OnFailure
                  containers:
                    - name: report
                      image: example/report:1.2.0
        """)
public final class CronJobStartingDeadlineMissing implements ResourceRule {

  @Override
  public boolean appliesTo(Resource resource) {
    return resource.is("batch", "CronJob");
  }

  @Override
  public List<Violation> check(Resource resource, RuleContext context) {
    if (resource.node().at("spec", "startingDeadlineSeconds").isPresent()) {
      return List.of();
    }
    return Violation.one(
        Workloads.specOrObject(resource),
        Workloads.describe(resource) + " has no startingDeadlineSeconds: a missed run starts whenever the controller catches up, however late");
  }
}
