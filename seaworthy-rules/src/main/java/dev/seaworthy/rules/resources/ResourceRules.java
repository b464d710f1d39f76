package dev.seaworthy.rules.resources;

import dev.seaworthy.core.rule.Rule;
import java.util.List;

/** The resources rules, sorted by class name. */
public final class ResourceRules {

  private ResourceRules() {}

  public static List<Rule> all() {
    return List.of(
        // keep-sorted start
        new CpuLimitMissing(),
        new CpuRequestMissing(),
        new InvalidQuantity(),
        new LimitRangeInconsistent(),
        new MemoryLimitMissing(),
        new MemoryRequestMissing(),
        new NamespaceLimitRangeMissing(),
        new NamespaceResourceQuotaMissing(),
        new PodRequestsExceedQuota(),
        new RequestsExceedLimits(),
        new ResourcesOutsideLimitRange(),
        new WorkloadRequestExceedsNode()
        // keep-sorted end
        );
  }
}
