package dev.seaworthy.core.rule;

import dev.seaworthy.core.view.PodSpecView;
import java.util.List;

/** A rule over every pod spec: Pods, workload templates, CronJob job templates, pod-bearing CRDs. */
public non-sealed interface PodSpecRule extends Rule {

  default boolean appliesTo(PodSpecView pod) {
    return true;
  }

  List<Violation> check(PodSpecView pod, RuleContext context);
}
