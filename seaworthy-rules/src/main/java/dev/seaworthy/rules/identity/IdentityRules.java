package dev.seaworthy.rules.identity;

import dev.seaworthy.core.rule.Rule;
import java.util.List;

/** The identity rules, sorted by class name. */
public final class IdentityRules {

  private IdentityRules() {}

  public static List<Rule> all() {
    return List.of(
        // keep-sorted start
        new AwsWorkloadDefaultServiceAccount(),
        new AwsWorkloadServiceAccountNotFound(),
        new AwsWorkloadWithoutIrsa(),
        new IrsaRoleArnMalformed(),
        new IrsaRoleNotDefined(),
        new IrsaServiceAccountNotFound()
        // keep-sorted end
        );
  }
}
