package dev.seaworthy.rules;

import dev.seaworthy.core.rule.Rule;
import dev.seaworthy.rules.autoscaling.AutoscalingRules;
import dev.seaworthy.rules.cluster.ClusterRules;
import dev.seaworthy.rules.cluster.DataPlaneRules;
import dev.seaworthy.rules.deprecation.DeprecationRules;
import dev.seaworthy.rules.dr.DrRules;
import dev.seaworthy.rules.identity.IdentityRules;
import dev.seaworthy.rules.images.ImageRules;
import dev.seaworthy.rules.ingress.IngressRules;
import dev.seaworthy.rules.live.LiveRules;
import dev.seaworthy.rules.network.NetworkRules;
import dev.seaworthy.rules.observability.ObservabilityRules;
import dev.seaworthy.rules.reliability.ReliabilityRules;
import dev.seaworthy.rules.resources.ResourceRules;
import dev.seaworthy.rules.secrets.SecretsRules;
import dev.seaworthy.rules.security.SecurityRules;
import dev.seaworthy.rules.validity.ValidityRules;
import java.util.ArrayList;
import java.util.List;

/**
 * Every built-in rule. Each domain package keeps its own explicit list; a meta-test checks that every
 * {@code @RuleInfo} class on the class path is in exactly one of them.
 */
public final class BuiltInRules {

  private BuiltInRules() {}

  public static List<Rule> all() {
    List<Rule> all = new ArrayList<>();
    all.addAll(AutoscalingRules.all());
    all.addAll(ClusterRules.all());
    all.addAll(DataPlaneRules.all());
    all.addAll(DeprecationRules.all());
    all.addAll(DrRules.all());
    all.addAll(IdentityRules.all());
    all.addAll(ImageRules.all());
    all.addAll(IngressRules.all());
    all.addAll(LiveRules.all());
    all.addAll(NetworkRules.all());
    all.addAll(ObservabilityRules.all());
    all.addAll(ReliabilityRules.all());
    all.addAll(ResourceRules.all());
    all.addAll(SecretsRules.all());
    all.addAll(SecurityRules.all());
    all.addAll(ValidityRules.all());
    return List.copyOf(all);
  }
}
