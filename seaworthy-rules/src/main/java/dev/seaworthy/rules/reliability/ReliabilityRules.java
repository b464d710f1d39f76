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
        new ProbePortNotExposed(),
        new ReadinessProbeMissing(),
        new RevisionHistoryLimit(),
        new SingleReplica()
        // keep-sorted end
        );
  }
}
