package dev.seaworthy.kube.diagnose;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@AnalyzerInfo(
    id = "job-failing",
    title = "Jobs that failed or keep failing",
    explains = "Jobs whose Failed condition is True (BackoffLimitExceeded: every retry failed; DeadlineExceeded: activeDeadlineSeconds "
        + "passed) and running Jobs that already have failed pods; a failed Job of a CronJob is named with its CronJob.")
public final class FailingJobs implements Analyzer {

  @Override
  public List<Diagnosis> analyze(ClusterState state) {
    List<Diagnosis> out = new ArrayList<>();
    for (Resource job : state.ofKind("Job")) {
      if (!job.group().equals("batch") || ClusterState.conditionIs(job, "Complete", "True")) {
        continue;
      }
      Optional<Node> failed = ClusterState.condition(job, "Failed").filter(c -> c.at("status").textOr("").equals("True"));
      long failures = job.node().at("status", "failed").asLong().orElse(0);
      if (failed.isEmpty() && failures == 0) {
        continue;
      }
      String owner = ClusterState.controllerOf(job).filter(o -> o.at("kind").textOr("").equals("CronJob"))
          .map(o -> " (from CronJob \"" + o.at("name").textOr("") + "\")").orElse("");
      long backoff = job.node().at("spec", "backoffLimit").asLong().orElse(6);
      List<String> evidence = new ArrayList<>();
      evidence.add("failed pods: " + failures + ", backoffLimit " + backoff);
      failed.ifPresent(c -> evidence.add("Failed=True" + c.at("reason").text().map(r -> " (" + r + ")").orElse("")
          + c.at("message").text().map(m -> ": " + m).orElse("")));
      String reason = failed.map(c -> c.at("reason").textOr("")).orElse("");
      String cause = failed.isEmpty()
          ? "Job \"" + job.name() + "\"" + owner + " is still running but " + failures + " of its pods failed; it retries until backoffLimit (" + backoff + ")."
          : reason.equals("DeadlineExceeded")
              ? "Job \"" + job.name() + "\"" + owner + " failed: it ran past activeDeadlineSeconds."
              : "Job \"" + job.name() + "\"" + owner + " failed: its pods failed " + failures + " times, past backoffLimit (" + backoff + ").";
      out.add(new Diagnosis(info().id(), failed.isPresent() ? Severity.HIGH : Severity.MEDIUM, job.ref(), cause, evidence,
          "kubectl logs job/" + job.name() + ClusterState.namespaceFlag(job) + "; kubectl describe job " + job.name() + ClusterState.namespaceFlag(job)));
    }
    return out;
  }
}
