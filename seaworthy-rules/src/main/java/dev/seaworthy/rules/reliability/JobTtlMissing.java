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
    id = "job-ttl-missing",
    title = "Job is never cleaned up after it finishes",
    severity = Severity.LOW,
    category = Category.RELIABILITY,
    description = """
        A finished Job and its Pods stay in the cluster until someone deletes them. They pile up in \
        etcd and in the caches of every controller that watches Jobs and Pods; the EKS Best Practices \
        Guide recommends ttlSecondsAfterFinished for clusters that create many Jobs. With it, the \
        TTL-after-finished controller deletes the Job and its Pods some time after it completes or \
        fails. Beware that a tool which keeps re-applying manifests (Argo CD auto-sync, Flux) recreates, and so \
        reruns, a Job the TTL controller deleted. Jobs owned by another object (a CronJob cleans up \
        through its history limits) and Helm or Argo CD hook Jobs, which their tool deletes, are not \
        reported.""",
    remediation = "Set spec.ttlSecondsAfterFinished to how long the finished Job and its Pod logs should stay inspectable (for example a day).",
    references = {
      "https://kubernetes.io/docs/concepts/workloads/controllers/ttlafterfinished/",
      "https://kubernetes.io/docs/concepts/workloads/controllers/job/#clean-up-finished-jobs-automatically",
      "https://docs.aws.amazon.com/eks/latest/best-practices/scale-workloads.html"
    },
    equivalents = {"kube-linter:job-ttl-seconds-after-finished"},
    example = """
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: migrate
        spec:
          template:
            spec:
              restartPolicy: Never
              containers:
                - name: migrate
                  image: example/migrate:3.0.1
        """,
    fixedExample = """
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: migrate
        spec:
          ttlSecondsAfterFinished: 86400
          template:
            spec:
              restartPolicy: Never
              containers:
                - name: migrate
                  image: example/migrate:3.0.1
        """)
public final class JobTtlMissing implements ResourceRule {

  @Override
  public boolean appliesTo(Resource resource) {
    return resource.is("batch", "Job");
  }

  @Override
  public List<Violation> check(Resource resource, RuleContext context) {
    if (resource.node().at("spec", "ttlSecondsAfterFinished").isPresent() || Workloads.hasOwner(resource) || deletedByTool(resource)) {
      return List.of();
    }
    // No fix: how long to keep a finished Job is the team's call (log retention, debugging habits),
    // and a GitOps tool that re-applies a deleted Job would run it again.
    return Violation.one(
        Workloads.specOrObject(resource),
        Workloads.describe(resource) + " has no ttlSecondsAfterFinished: the finished Job and its Pods stay in the cluster until someone deletes them");
  }

  /** Helm deletes hook Jobs itself (before-hook-creation by default); Argo CD does when told to. */
  private static boolean deletedByTool(Resource resource) {
    return resource.annotation("helm.sh/hook").isPresent() || resource.annotation("argocd.argoproj.io/hook-delete-policy").isPresent();
  }
}
