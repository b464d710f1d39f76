package dev.seaworthy.rules.network;

import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.core.rule.InventoryRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.LabelSelector;
import dev.seaworthy.core.view.PodSpecView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@RuleInfo(
    id = "network-policy-peer-matches-nothing",
    title = "NetworkPolicy peer matches no pod or namespace of the audited input",
    severity = Severity.LOW,
    category = Category.NETWORK,
    checklist = {ChecklistItem.NETWORK_POLICIES},
    description = """
        A from/to peer of a NetworkPolicy allows traffic with the pods (or namespaces) its selectors \
        match. A peer whose labels match nothing allows nothing, so the traffic it was written for \
        (frontend to backend, app to database) is dropped once the pods are isolated: usually a typo \
        or labels renamed on one side only. The rule follows the API's semantics: a podSelector alone \
        means pods of the policy's namespace; with a namespaceSelector, pods of the selected \
        namespaces; a namespaceSelector alone matches namespaces (judged against Namespace objects \
        and the automatic kubernetes.io/metadata.name label); {} matches everything and ipBlock peers \
        are never judged. Because an audit often sees only part of a cluster, only namespaces where \
        the input has pods are judged, peers that may reach namespaces the input does not show are \
        left alone, and findings are low severity.""",
    remediation = "Make the peer's selectors match the labels of the pods (or namespaces) that must be allowed, or remove the stale peer.",
    references = {
      "https://kubernetes.io/docs/concepts/services-networking/network-policies/",
      "https://kubernetes.io/docs/concepts/services-networking/network-policies/#targeting-a-namespace-by-its-name"
    },
    equivalents = {"kube-linter:dangling-networkpolicypeer-podselector"},
    example = """
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata:
          name: backend
          namespace: shop
        spec:
          podSelector:
            matchLabels: {tier: backend}
          ingress:
            - from:
                - podSelector:
                    matchLabels: {tier: front-end}
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          namespace: shop
        spec:
          selector:
            matchLabels: {tier: frontend}
          template:
            metadata:
              labels: {tier: frontend}
            spec:
              containers:
                - name: web
                  image: example/web:1.0
        """,
    fixedExample = """
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata:
          name: backend
          namespace: shop
        spec:
          podSelector:
            matchLabels: {tier: backend}
          ingress:
            - from:
                - podSelector:
                    matchLabels: {tier: frontend}
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          namespace: shop
        spec:
          selector:
            matchLabels: {tier: frontend}
          template:
            metadata:
              labels: {tier: frontend}
            spec:
              containers:
                - name: web
                  image: example/web:1.0
        """)
public final class NetworkPolicyPeerMatchesNothing implements InventoryRule {

  @Override
  public boolean appliesTo(Resource resource) {
    return PolicyView.isPolicy(resource);
  }

  @Override
  public List<Violation> check(Resource resource, RuleContext context) {
    Optional<PolicyView> read = PolicyView.of(resource);
    if (read.isEmpty()) {
      return List.of();
    }
    PolicyView policy = read.get();
    List<Violation> out = new ArrayList<>();
    for (Node rule : policy.ingressRules()) {
      for (Node peer : rule.at("from").items()) {
        judge(peer, "ingress", policy, context.inventory()).ifPresent(out::add);
      }
    }
    for (Node rule : policy.egressRules()) {
      for (Node peer : rule.at("to").items()) {
        judge(peer, "egress", policy, context.inventory()).ifPresent(out::add);
      }
    }
    return out;
  }

  private static Optional<Violation> judge(Node peer, String direction, PolicyView policy, Inventory inventory) {
    if (!peer.isMap() || peer.at("ipBlock").isPresent()) {
      return Optional.empty();
    }
    Node podNode = peer.at("podSelector");
    Node nsNode = peer.at("namespaceSelector");
    boolean hasPods = podNode.isPresent();
    boolean hasNamespaces = nsNode.isPresent();
    if (!hasPods && !hasNamespaces) {
      return Optional.empty();
    }
    LabelSelector pods = LabelSelector.of(podNode);
    LabelSelector namespaces = LabelSelector.of(nsNode);
    if (!pods.valid() || !namespaces.valid()) {
      return Optional.empty();
    }
    String what = policy.describe() + " " + direction + " peer";
    if (!hasNamespaces) {
      return podsInOwnNamespace(peer, podNode, pods, what, policy, inventory);
    }
    if (!hasPods) {
      return namespacesOnly(nsNode, namespaces, what, inventory);
    }
    return podsInNamedNamespaces(peer, pods, namespaces, what, inventory);
  }

  private static Optional<Violation> podsInOwnNamespace(
      Node peer, Node podNode, LabelSelector pods, String what, PolicyView policy, Inventory inventory) {
    List<PodSpecView> candidates = NetworkScope.pods(inventory, policy.namespace());
    if (candidates.isEmpty() || candidates.stream().anyMatch(p -> pods.matches(p.podLabels()))) {
      return Optional.empty();
    }
    return Optional.of(
        Violation.of(
            located(podNode, peer),
            what + " podSelector " + Selectors.describe(pods) + " matches no pod: a pod template with these labels in namespace \""
                + policy.namespace() + "\" was not found in the audited input, so the traffic this peer should allow is dropped"));
  }

  /**
   * Pods in other namespaces are only judged when the namespaceSelector names its namespaces and
   * the input has pods in each; the system namespaces run add-ons (CoreDNS) that manifests never hold.
   */
  private static Optional<Violation> podsInNamedNamespaces(
      Node peer, LabelSelector pods, LabelSelector namespaces, String what, Inventory inventory) {
    Optional<Set<String>> named = Selectors.pinnedNamespaces(namespaces);
    if (named.isEmpty() || named.get().isEmpty()) {
      return Optional.empty();
    }
    for (String ns : named.get()) {
      if (NetworkScope.SYSTEM.contains(ns) || NetworkScope.pods(inventory, ns).isEmpty()) {
        return Optional.empty();
      }
    }
    for (String ns : named.get()) {
      Optional<Resource> object = NetworkScope.namespaceObject(inventory, ns);
      // Without the Namespace object its other labels are unknown: assume it matches.
      boolean namespaceMatches = object.map(o -> namespaces.matches(NetworkScope.labelsOf(o))).orElse(true);
      if (namespaceMatches && NetworkScope.pods(inventory, ns).stream().anyMatch(p -> pods.matches(p.podLabels()))) {
        return Optional.empty();
      }
    }
    return Optional.of(
        Violation.of(
            peer,
            what + " matches no pod: a pod template with labels " + Selectors.describe(pods) + " in namespace " + quoted(named.get())
                + " (with namespace labels " + Selectors.describe(namespaces) + ") was not found in the audited input"));
  }

  /** A namespaceSelector alone selects namespaces; judged only when the input has Namespace objects. */
  private static Optional<Violation> namespacesOnly(Node nsNode, LabelSelector namespaces, String what, Inventory inventory) {
    if (namespaces.isEmpty() || !NetworkScope.hasNamespaceObjects(inventory)) {
      return Optional.empty();
    }
    for (NetworkScope.NamespaceFacts ns : NetworkScope.knownNamespaces(inventory)) {
      if (ns.mayMatch(namespaces)) {
        return Optional.empty();
      }
    }
    return Optional.of(
        Violation.of(
            located(nsNode, nsNode),
            what + " namespaceSelector " + Selectors.describe(namespaces)
                + " matches no namespace: a namespace with these labels was not found in the audited input"));
  }

  private static Node located(Node preferred, Node fallback) {
    return preferred.position().isKnown() ? preferred : fallback;
  }

  private static String quoted(Set<String> names) {
    return String.join(", ", names.stream().map(n -> "\"" + n + "\"").toList());
  }
}
