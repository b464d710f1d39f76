package dev.seaworthy.rules.network;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.core.rule.InventoryRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.PodSpecView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@RuleInfo(
    id = "network-policy-dns-blocked",
    title = "Egress policy leaves its pods without DNS",
    severity = Severity.HIGH,
    category = Category.NETWORK,
    checklist = {ChecklistItem.NETWORK_POLICIES},
    description = """
        Once a NetworkPolicy restricts a pod's egress, the pod may only send what some egress rule of \
        some policy selecting it allows. If none of them lets port 53 out, every name lookup fails: \
        the pod cannot resolve Services, AWS endpoints or anything else, and typically crash-loops or \
        serves errors right after the policy is applied. This is the classic mistake when a namespace \
        gets a default-deny policy without the companion rule that allows DNS. Policies are additive, \
        so the rule judges each set of pods over every policy that selects it, and reports the policy \
        that should carry the DNS rule: the one with egress rules, or the namespace-wide deny when \
        nothing else selects the pods. A policy that denies all egress to specific pods on purpose \
        (no egress rules, a non-empty podSelector) is left alone.""",
    remediation = "Allow egress to the cluster DNS on UDP and TCP port 53 for these pods, for example with an allow-dns policy (podSelector: {}) next to the default deny.",
    references = {
      "https://kubernetes.io/docs/concepts/services-networking/network-policies/",
      "https://docs.aws.amazon.com/eks/latest/best-practices/network-security.html"
    },
    example = """
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata:
          name: backend-egress
          namespace: production
        spec:
          podSelector:
            matchLabels:
              tier: backend
          policyTypes:
          - Egress
          egress:
          - to:
            - podSelector:
                matchLabels:
                  tier: database
            ports:
            - protocol: TCP
              port: 3306
        """,
    fixedExample = """
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata:
          name: backend-egress
          namespace: production
        spec:
          podSelector:
            matchLabels:
              tier: backend
          policyTypes:
          - Egress
          egress:
          - to:
            - podSelector:
                matchLabels:
                  tier: database
            ports:
            - protocol: TCP
              port: 3306
        ---
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata:
          name: allow-dns
          namespace: production
        spec:
          podSelector: {}
          policyTypes:
          - Egress
          egress:
          - to:
            - namespaceSelector:
                matchLabels:
                  kubernetes.io/metadata.name: kube-system
              podSelector:
                matchLabels:
                  k8s-app: kube-dns
            ports:
            - protocol: UDP
              port: 53
            - protocol: TCP
              port: 53
        """)
public final class NetworkPolicyDnsBlocked implements InventoryRule {

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
    if (policy.egressRules().isEmpty() && !policy.selectsWholeNamespace()) {
      return List.of(); // denies all egress to chosen pods: deliberate isolation
    }
    var inventory = context.inventory();
    String namespace = policy.namespace();
    List<PolicyView> policies = PolicyView.in(inventory, namespace);
    if (NetworkScope.otherEngineCovers(inventory, namespace) || policies.stream().anyMatch(p -> !p.podSelector().valid())) {
      return List.of();
    }
    String pods;
    boolean tcpOnly;
    List<PodSpecView> selected = NetworkScope.policedPods(inventory, namespace).stream().filter(policy::selects).toList();
    if (!selected.isEmpty()) {
      List<PodSpecView> cutOff = new ArrayList<>();
      for (PodSpecView pod : selected) {
        List<PolicyView> restricting = DnsEgress.restricting(pod, policies);
        // lookups go over UDP; TCP alone serves only the retries of truncated answers
        if (restricting.stream().noneMatch(p -> DnsEgress.allows(p, "UDP")) && responsible(restricting).filter(p -> p.resource() == resource).isPresent()) {
          cutOff.add(pod);
        }
      }
      if (cutOff.isEmpty()) {
        return List.of();
      }
      pods = "the pods of " + NetworkScope.describeAll(cutOff);
      tcpOnly = cutOff.stream().allMatch(pod -> DnsEgress.restricting(pod, policies).stream().anyMatch(p -> DnsEgress.allows(p, "TCP")));
    } else {
      List<PolicyView> shared = DnsEgress.mayShare(policy, policies);
      if (policy.egressRules().isEmpty() || shared.stream().anyMatch(p -> DnsEgress.allows(p, "UDP"))) {
        return List.of(); // a bare deny with no pods in the input shows nothing yet
      }
      tcpOnly = shared.stream().anyMatch(p -> DnsEgress.allows(p, "TCP"));
      pods = policy.selectsWholeNamespace() ? "every pod of namespace \"" + namespace + "\"" : "pods with labels " + Selectors.describe(policy.podSelector());
    }
    if (tcpOnly) {
      return Violation.one(
          anchor(policy),
          policy.describe() + " restricts the egress of " + pods + " and allows DNS (port 53) only over TCP (a port without a protocol means TCP):"
              + " name lookups use UDP, so unless UDP 53 is allowed elsewhere nearly every lookup fails");
    }
    return Violation.one(
        anchor(policy),
        policy.describe() + " restricts the egress of " + pods + ", and an egress rule allowing DNS (port 53) for them was not found in the audited input:"
            + " unless one exists elsewhere, every name lookup they make fails");
  }

  /**
   * Which of the policies restricting a pod should carry its DNS rule: the first with egress rules
   * (it lists what the pod talks to), else the namespace-wide deny. Nobody, when the only
   * restrictions are deliberate deny-alls of chosen pods.
   */
  private static Optional<PolicyView> responsible(List<PolicyView> restricting) {
    Optional<PolicyView> withRules = restricting.stream().filter(p -> !p.egressRules().isEmpty()).findFirst();
    if (withRules.isPresent()) {
      return withRules;
    }
    if (restricting.stream().anyMatch(p -> !p.selectsWholeNamespace())) {
      return Optional.empty();
    }
    return restricting.stream().findFirst();
  }

  /** The egress list, else the Egress entry of policyTypes, else the spec. */
  private static Node anchor(PolicyView policy) {
    Node egress = policy.spec().at("egress");
    if (egress.isPresent() && egress.position().isKnown()) {
      return egress;
    }
    for (Node type : policy.spec().at("policyTypes").items()) {
      if (type.textOr("").equals("Egress") && type.position().isKnown()) {
        return type;
      }
    }
    Node spec = policy.spec();
    return spec.position().isKnown() ? spec : policy.resource().node();
  }
}
