package dev.seaworthy.rules.autoscaling;

import dev.seaworthy.core.rule.Rule;
import java.util.List;

/** The autoscaling rules, sorted by class name. */
public final class AutoscalingRules {

  private AutoscalingRules() {}

  public static List<Rule> all() {
    return List.of(
        // keep-sorted start
        new ClusterAutoscalerBalanceMissing(),
        new ClusterAutoscalerDiscoveryOtherCluster(),
        new ClusterAutoscalerDiscoveryUnscoped(),
        new ClusterAutoscalerNoNodeGroups(),
        new ClusterAutoscalerPriceExpander(),
        new ClusterAutoscalerPriorityClassMissing(),
        new ClusterAutoscalerPriorityConfigNotFound(),
        new ClusterAutoscalerVersionMismatch(),
        new ClusterAutoscalerWithKarpenter(),
        new Ec2NodeClassAl2Ami(),
        new Ec2NodeClassAmiLatest(),
        new Ec2NodeClassBootstrapOnAl2023(),
        new EksCaDiscoveryTagsMissing(),
        new HpaMinEqualsMax(),
        new HpaMinReplicasLow(),
        new HpaTargetNotFound(),
        new HpaTargetSetsReplicas(),
        new KarpenterProvisionerMigration(),
        new LocalStorageBlocksScaleDown(),
        new NodePoolConsolidationDisabled(),
        new NodePoolDisruptionBlocked(),
        new NodePoolExpiryDisabled(),
        new NodePoolLimitsMissing(),
        new NodePoolSpotFewInstanceTypes()
        // keep-sorted end
        );
  }
}
