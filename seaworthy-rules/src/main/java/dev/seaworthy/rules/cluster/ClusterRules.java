package dev.seaworthy.rules.cluster;

import dev.seaworthy.core.rule.Rule;
import java.util.List;

/** The cluster rules, sorted by class name. */
public final class ClusterRules {

  private ClusterRules() {}

  public static List<Rule> all() {
    return List.of(
        // keep-sorted start
        new EksAuditLoggingDisabled(),
        new EksAuthConfigmap(),
        new EksClusterCreatorAdmin(),
        new EksControlPlaneLoggingIncomplete(),
        new EksEndpointPrivateAccessDisabled(),
        new EksEndpointPublicCidrPrivate(),
        new EksEndpointPublicUnrestricted(),
        new EksIrsaDisabled(),
        new EksKmsKeyIgnored(),
        new EksLogRetentionUnset(),
        new EksModuleMajorOutdated(),
        new EksModuleProviderIncompatible(),
        new EksSecretsEncryptionDisabled(),
        new EksVersionUnsupported(),
        new IrsaPolicyWildcard(),
        new IrsaTrustUnscoped(),
        new KmsKeyRotationDisabled(),
        new WebhookFailClosedOnKubeSystem(),
        new WebhookRequiredFieldMissing(),
        new WebhookTimeoutLong()
        // keep-sorted end
        );
  }
}
