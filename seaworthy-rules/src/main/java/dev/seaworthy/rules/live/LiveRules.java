package dev.seaworthy.rules.live;

import dev.seaworthy.core.rule.Rule;
import java.util.List;

/**
 * Rules on the state of a running cluster ({@code audit --cluster}): status fields that only the API
 * server has. On manifests they find nothing to judge. Sorted by class name.
 */
public final class LiveRules {

  private LiveRules() {}

  public static List<Rule> all() {
    return List.of(
        // keep-sorted start
        new NodeKubeletVersionSkew(),
        new NodeNotReady(),
        new NodeUnderPressure(),
        new PodQosBestEffort()
        // keep-sorted end
        );
  }
}
