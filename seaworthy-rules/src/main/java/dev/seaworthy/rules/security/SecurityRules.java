package dev.seaworthy.rules.security;

import dev.seaworthy.core.rule.Rule;
import java.util.List;

/** The security rules, sorted by class name. */
public final class SecurityRules {

  private SecurityRules() {}

  public static List<Rule> all() {
    return List.of(
        // keep-sorted start
        new PrivilegedContainer()
        // keep-sorted end
        );
  }
}
