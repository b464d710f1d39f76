package dev.seaworthy.rules.network;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.view.PodSpecView;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * What NetworkPolicy egress rules allow towards DNS (port 53). Policies are additive: a pod may send
 * what any egress rule of any policy selecting it allows, so every judgment here is over the union.
 * Destinations are not modelled: a rule that allows port 53 to anything counts as allowing DNS.
 */
final class DnsEgress {

  static final long DNS_PORT = 53;

  /** A port entry that names UDP 53 explicitly, with where it sits. */
  record UdpEntry(Node entry, int ruleIndex, int portCount) {}

  private DnsEgress() {}

  /**
   * Whether an egress rule lets traffic to port 53 over the protocol out. A rule without ports
   * allows every port; an entry without a port allows every port of its protocol; a named port may
   * resolve to 53 on the destination, so it counts too.
   */
  static boolean allows(Node rule, String protocol) {
    Node ports = rule.at("ports");
    if (!ports.isPresent() || !ports.isList() || ports.items().isEmpty()) {
      return true;
    }
    for (Node p : ports.items()) {
      if (!p.at("protocol").textOr("TCP").equals(protocol)) {
        continue;
      }
      Node port = p.at("port");
      if (!port.isPresent()) {
        return true;
      }
      OptionalLong number = number(port);
      if (number.isEmpty()) {
        return true;
      }
      if (covers(number.getAsLong(), p.at("endPort").asLong())) {
        return true;
      }
    }
    return false;
  }

  static boolean allows(PolicyView policy, String protocol) {
    return policy.egressRules().stream().anyMatch(rule -> allows(rule, protocol));
  }

  /** DNS over either protocol. */
  static boolean allowsAny(PolicyView policy) {
    return allows(policy, "UDP") || allows(policy, "TCP");
  }

  /** Port entries that allow UDP 53 by number (or by a range that contains it). */
  static List<UdpEntry> udpEntries(PolicyView policy) {
    List<UdpEntry> out = new ArrayList<>();
    List<Node> rules = policy.egressRules();
    for (int i = 0; i < rules.size(); i++) {
      List<Node> ports = rules.get(i).at("ports").items();
      for (Node p : ports) {
        if (!p.isMap() || !p.at("protocol").textOr("TCP").equals("UDP")) {
          continue;
        }
        OptionalLong number = number(p.at("port"));
        if (number.isPresent() && covers(number.getAsLong(), p.at("endPort").asLong())) {
          out.add(new UdpEntry(p, i, ports.size()));
        }
      }
    }
    return out;
  }

  /** The egress-restricting policies among {@code policies} that select the pod. */
  static List<PolicyView> restricting(PodSpecView pod, List<PolicyView> policies) {
    return policies.stream().filter(q -> q.egress() && q.selects(pod)).toList();
  }

  /**
   * The egress-restricting policies that may select some pod of {@code policy} (itself included),
   * for when the input shows none of its pods.
   */
  static List<PolicyView> mayShare(PolicyView policy, List<PolicyView> policies) {
    return policies.stream()
        .filter(q -> q.egress())
        .filter(q -> q.resource() == policy.resource() || !Selectors.disjoint(policy.podSelector(), q.podSelector()))
        .toList();
  }

  private static boolean covers(long port, OptionalLong endPort) {
    long end = endPort.isPresent() ? endPort.getAsLong() : port;
    return port <= DNS_PORT && DNS_PORT <= end;
  }

  /** A port as a number: an integer, or a string of digits; empty for a port name. */
  private static OptionalLong number(Node port) {
    if (port.asLong().isPresent()) {
      return port.asLong();
    }
    String text = port.textOr("");
    if (!text.isEmpty() && text.length() < 6 && text.chars().allMatch(Character::isDigit)) {
      return OptionalLong.of(Long.parseLong(text));
    }
    return OptionalLong.empty();
  }
}
