package dev.seaworthy.rules.cluster;

import dev.seaworthy.core.rule.Rule;
import java.util.List;

/** The node-group and add-on rules of the EKS data plane, sorted by class name. */
public final class DataPlaneRules {

  private DataPlaneRules() {}

  public static List<Rule> all() {
    return List.of(
        // keep-sorted start
        new EksEbsCsiNoIrsa(),
        new EksNatGatewaySingle(),
        new EksNoOnDemandCapacity(),
        new EksNodegroupAl2Ami(),
        new EksNodegroupBurstableInstance(),
        new EksNodegroupImdsHopLimit(),
        new EksNodegroupImdsv1Allowed(),
        new EksNodegroupMixedShapes(),
        new EksNodegroupNotHa(),
        new EksNodegroupPublicSubnets(),
        new EksNodegroupSelfManaged(),
        new EksNodegroupSshAccess(),
        new EksNodegroupUpdateUnset(),
        new EksNodegroupXenInstance(),
        new EksPrefixDelegationXen(),
        new EksSpotInstanceDiversity(),
        new EksSpotMaxPrice(),
        new EksSpotTaintSoft(),
        new EksVpcCniConfigAfterNodes(),
        new EksVpcCniSharedNodeRole()
        // keep-sorted end
        );
  }
}
