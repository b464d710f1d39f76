package dev.seaworthy.rules.secrets;

import dev.seaworthy.core.rule.Rule;
import java.util.List;

/** The secrets rules, sorted by class name. */
public final class SecretsRules {

  private SecretsRules() {}

  public static List<Rule> all() {
    return List.of(
        // keep-sorted start
        new ExternalSecretRefreshInterval(),
        new ExternalSecretStoreMissing(),
        new SecretDataInManifest(),
        new SecretStoreServiceAccountMissing(),
        new SecretStoreServiceAccountWithoutIrsa()
        // keep-sorted end
        );
  }
}
