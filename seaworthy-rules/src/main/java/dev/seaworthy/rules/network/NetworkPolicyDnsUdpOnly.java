package dev.seaworthy.rules.network;

import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.core.rule.Fix;
import dev.seaworthy.core.rule.InventoryRule;
import dev.seaworthy.core.rule.PatchOp;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.PodSpecView;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@RuleInfo(
    id = "network-policy-dns-udp-only",
    title = "Egress policy allows DNS over UDP but not over TCP",
    severity = Severity.MEDIUM,
    category = Category.NETWORK,
    checklist = {ChecklistItem.NETWORK_POLICIES},
    description = """
        A NetworkPolicy that restricts egress and lets port 53 out over UDP only breaks name \
        resolution intermittently: a DNS answer that does not fit in one UDP message (over 512 bytes \
        without EDNS, typical for services with many endpoints, long CNAME chains or DNSSEC) comes \
        back truncated, and the resolver must retry over TCP port 53, which the policy drops. Lookups \
        then time out for some names only, the hardest kind of outage to trace. CoreDNS serves both \
        protocols and the kube-dns Service exposes both. Policies are additive, so the rule judges \
        each set of pods over every policy that selects it, and stays quiet when another policy \
        allows TCP 53.""",
    remediation = "Allow TCP port 53 next to UDP port 53 in the egress rule that reaches the cluster DNS.",
    references = {
      "https://kubernetes.io/docs/concepts/services-networking/network-policies/",
      "https://docs.aws.amazon.com/eks/latest/best-practices/network-security.html",
      "https://www.rfc-editor.org/rfc/rfc7766"
    },
    example = """
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata:
          name: backend-netpol
          namespace: production
        spec:
          podSelector:
            matchLabels:
              tier: backend
          policyTypes:
          - Egress
          egress:
          - to:
            - namespaceSelector: {}
              podSelector:
                matchLabels:
                  k8s-app: kube-dns
            ports:
            - protocol: UDP
              port: 53
        """,
    fixedExample = """
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata:
          name: backend-netpol
          namespace: production
        spec:
          podSelector:
            matchLabels:
              tier: backend
          policyTypes:
          - Egress
          egress:
          - to:
            - namespaceSelector: {}
              podSelector:
                matchLabels:
                  k8s-app: kube-dns
            ports:
            - protocol: UDP
              port: 53
            - protocol: TCP
              port: 53
        """)
public final class NetworkPolicyDnsUdpOnly implements InventoryRule {

  @Override
  public boolean appliesTo(Resource resource) {
    return PolicyView.isPolicy(resource);
  }

  @Override
  public List<Violation> check(Resource resource, RuleContext context) {
    Optional<PolicyView> read = PolicyView.of(resource);
    if (read.isEmpty() || !read.get().egress()) {
      return List.of();
    }
    PolicyView policy = read.get();
    List<DnsEgress.UdpEntry> udp = DnsEgress.udpEntries(policy);
    if (udp.isEmpty() || DnsEgress.allows(policy, "TCP")) {
      return List.of();
    }
    var inventory = context.inventory();
    String namespace = policy.namespace();
    List<PolicyView> policies = PolicyView.in(inventory, namespace);
    if (NetworkScope.otherEngineCovers(inventory, namespace) || policies.stream().anyMatch(p -> !p.podSelector().valid())) {
      return List.of();
    }
    String pods;
    List<PodSpecView> selected = NetworkScope.policedPods(inventory, namespace).stream().filter(policy::selects).toList();
    if (!selected.isEmpty()) {
      List<PodSpecView> withoutTcp =
          selected.stream().filter(pod -> DnsEgress.restricting(pod, policies).stream().noneMatch(q -> DnsEgress.allows(q, "TCP"))).toList();
      if (withoutTcp.isEmpty()) {
        return List.of();
      }
      pods = "the pods of " + NetworkScope.describeAll(withoutTcp);
    } else {
      if (DnsEgress.mayShare(policy, policies).stream().anyMatch(q -> DnsEgress.allows(q, "TCP"))) {
        return List.of();
      }
      pods = policy.selectsWholeNamespace() ? "every pod of namespace \"" + namespace + "\"" : "pods with labels " + Selectors.describe(policy.podSelector());
    }
    List<Violation> out = new ArrayList<>();
    Set<Integer> rulesSeen = new HashSet<>();
    for (DnsEgress.UdpEntry entry : udp) {
      if (!rulesSeen.add(entry.ruleIndex())) {
        continue; // one finding and one fix per egress rule
      }
      Map<String, Object> tcp = new LinkedHashMap<>();
      tcp.put("protocol", "TCP");
      tcp.put("port", 53);
      String path = "/spec/egress/" + entry.ruleIndex() + "/ports/" + entry.portCount();
      out.add(
          Violation.of(
                  entry.entry(),
                  policy.describe() + " lets " + pods + " reach DNS over UDP port 53 only: an egress rule allowing TCP port 53 was not found in the audited input,"
                      + " so answers too large for UDP (retried over TCP) fail and some lookups time out")
              .withFix(Fix.of("Also allow TCP port 53 in this egress rule", PatchOp.add(path, tcp))));
    }
    return out;
  }
}
