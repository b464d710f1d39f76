package dev.seaworthy.rules.reliability;

import dev.seaworthy.core.rule.Rule;
import java.util.List;

/** The reliability rules, sorted by class name. */
public final class ReliabilityRules {

  private ReliabilityRules() {}

  public static List<Rule> all() {
    return List.of(
        // keep-sorted start
        new CronJobConcurrencyPolicyMissing(),
        new CronJobStartingDeadlineMissing(),
        new JobTtlMissing(),
        new LivenessEqualsReadiness(),
        new LivenessProbeMissing(),
        new NakedPod(),
        new PdbBlocksDisruption(),
        new PdbMinAvailableReachesHpaMin(),
        new PdbMissing(),
        new ProbePortNotExposed(),
        new ReadinessProbeMissing(),
        new ReplicasNotSpreadAcrossZones(),
        new RevisionHistoryLimit(),
        new ServiceAccountInOtherNamespace(),
        new SingleReplica(),
        new WorkloadReferenceNotFound()
        // keep-sorted end
        );
  }
}
