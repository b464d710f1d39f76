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
    id = "cronjob-concurrency-policy-missing",
    title = "CronJob leaves concurrencyPolicy at the default Allow",
    severity = Severity.LOW,
    category = Category.RELIABILITY,
    description = """
        concurrencyPolicy defaults to Allow: when a run takes longer than the schedule interval, the \
        next run starts beside it. Overlapping runs of a job written to run alone double-process \
        data, fight over locks or rows, and pile up further when each slows the other down. An \
        explicit `concurrencyPolicy: Allow` is a decision and is not reported.""",
    remediation = "Set spec.concurrencyPolicy to Forbid (skip a run while the previous one is still going) or Replace, or to Allow if overlapping runs are safe.",
    references = {"https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/#concurrency-policy"},
    example = """
        apiVersion: batch/v1
        kind: CronJob
        metadata:
          name: sync
        spec:
          schedule: "*/5 * * * *"
          startingDeadlineSeconds: 120
          jobTemplate:
            spec:
              template:
                spec:
                  restartPolicy: OnFailure
                  containers:
                    - name: sync
                      image: example/sync:0.9.3
        """,
    fixedExample = """
        apiVersion: batch/v1
        kind: CronJob
        metadata:
          name: sync
        spec:
          schedule: "*/5 * * * *"
          startingDeadlineSeconds: 120
          concurrencyPolicy: Forbid
          jobTemplate:
            spec:
              template:
                spec:
                  restartPolicy: OnFailure
                  containers:
                    - name: sync
                      image: example/sync:0.9.3
        """)
public final class CronJobConcurrencyPolicyMissing implements ResourceRule {

  @Override
  public boolean appliesTo(Resource resource) {
    return resource.is("batch", "CronJob");
  }

  @Override
  public List<Violation> check(Resource resource, RuleContext context) {
    if (resource.node().at("spec", "concurrencyPolicy").isPresent()) {
      return List.of();
    }
    return Violation.one(
        Workloads.specOrObject(resource),
        Workloads.describe(resource) + " has no concurrencyPolicy, so it defaults to Allow: a run that overruns its interval overlaps the next one");
  }
}
