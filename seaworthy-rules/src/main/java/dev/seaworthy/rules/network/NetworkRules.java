package dev.seaworthy.rules.network;

import dev.seaworthy.core.rule.Rule;
import java.util.List;

/** The network rules, sorted by class name. */
public final class NetworkRules {

  private NetworkRules() {}

  public static List<Rule> all() {
    return List.of(
        // keep-sorted start
        new NamespaceDefaultDenyMissing(),
        new NetworkPolicyDnsBlocked(),
        new NetworkPolicyDnsUdpOnly(),
        new NetworkPolicyNotEnforced(),
        new NetworkPolicyPeerMatchesNothing(),
        new NetworkPolicySelectsNoPods(),
        new PodNotSelectedByNetworkPolicy(),
        new ServiceSelectsNoPods(),
        new ServiceTargetPortNotExposed()
        // keep-sorted end
        );
  }
}
