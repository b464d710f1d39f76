package dev.seaworthy.rules.ingress;

import dev.seaworthy.core.rule.Rule;
import java.util.List;

/** The ingress rules, sorted by class name. */
public final class IngressRules {

  private IngressRules() {}

  public static List<Rule> all() {
    return List.of(
        // keep-sorted start
        // keep-sorted end
        );
  }
}
