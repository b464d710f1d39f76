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
import dev.seaworthy.core.view.PodSpecView;
import java.util.List;
import java.util.Optional;

@RuleInfo(
    id = "namespace-default-deny-missing",
    title = "Namespace runs workloads without a default-deny NetworkPolicy",
    severity = Severity.LOW,
    category = Category.NETWORK,
    checklist = {ChecklistItem.NETWORK_POLICIES},
    description = """
        Kubernetes allows all traffic to and from a pod until a NetworkPolicy selects it, so a \
        namespace without a default-deny policy lets any compromised pod in the cluster reach its \
        workloads, and lets them reach anything. The EKS Best Practices Guide starts network \
        security with a deny-all policy per namespace (podSelector: {} with Ingress and Egress) and \
        layers allow rules on top. Any podSelector: {} policy that isolates the direction without \
        allowing everything counts as the default deny; Cilium, Calico and AdminNetworkPolicy objects \
        in the input count as coverage. Reported once per namespace that runs pods in the audited \
        input, on its Namespace object when present, else on its first workload; kube-system is \
        skipped (its add-ons are managed by EKS).""",
    remediation = "Add a NetworkPolicy with podSelector: {} and policyTypes [Ingress, Egress] to the namespace, plus the allow rules its pods need (DNS first).",
    references = {
      "https://docs.aws.amazon.com/eks/latest/best-practices/network-security.html",
      "https://kubernetes.io/docs/concepts/services-networking/network-policies/#default-policies"
    },
    equivalents = {"kubescape:C-0206", "hardeneks:check_default_deny_policy_exists"},
    example = """
        apiVersion: v1
        kind: Namespace
        metadata:
          name: shop
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          namespace: shop
        spec:
          selector:
            matchLabels: {app: web}
          template:
            metadata:
              labels: {app: web}
            spec:
              containers:
                - name: web
                  image: example/web:1.0
        """,
    fixedExample = """
        apiVersion: v1
        kind: Namespace
        metadata:
          name: shop
        ---
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata:
          name: default-deny
          namespace: shop
        spec:
          podSelector: {}
          policyTypes: [Ingress, Egress]
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          namespace: shop
        spec:
          selector:
            matchLabels: {app: web}
          template:
            metadata:
              labels: {app: web}
            spec:
              containers:
                - name: web
                  image: example/web:1.0
        """)
public final class NamespaceDefaultDenyMissing implements InventoryRule {

  @Override
  public boolean appliesTo(Resource resource) {
    return NetworkScope.isNamespaceObject(resource) || NetworkScope.reportableWorkload(resource).isPresent();
  }

  @Override
  public List<Violation> check(Resource resource, RuleContext context) {
    Inventory inventory = context.inventory();
    boolean isNamespace = NetworkScope.isNamespaceObject(resource);
    String namespace = isNamespace ? resource.name() : Inventory.namespaceOf(resource);
    if (namespace.isEmpty() || NetworkScope.SYSTEM.contains(namespace)) {
      return List.of();
    }
    List<PodSpecView> pods = NetworkScope.policedPods(inventory, namespace);
    if (pods.isEmpty()) {
      return List.of();
    }
    if (!isNamespace && !reportsHere(resource, namespace, pods, inventory)) {
      return List.of();
    }
    if (NetworkScope.otherEngineCovers(inventory, namespace)) {
      return List.of();
    }
    List<PolicyView> policies = PolicyView.in(inventory, namespace);
    boolean ingress = policies.stream().anyMatch(p -> p.selectsWholeNamespace() && p.ingress() && !allowsAll(p.ingressRules(), "from"));
    boolean egress = policies.stream().anyMatch(p -> p.selectsWholeNamespace() && p.egress() && !allowsAll(p.egressRules(), "to"));
    if (ingress && egress) {
      return List.of();
    }
    String missing = !ingress && !egress ? "ingress and egress" : !ingress ? "ingress" : "egress";
    List<PodSpecView> named = pods.stream().filter(p -> NetworkScope.reportableWorkload(p.resource()).isPresent()).toList();
    Node at = isNamespace ? nameOf(resource) : NetworkScope.namespaceAnchor(resource);
    return Violation.one(
        at,
        "namespace \"" + namespace + "\" runs " + NetworkScope.describeAll(named.isEmpty() ? pods : named) + ", but a default-deny NetworkPolicy for " + missing
            + " (podSelector: {}) was not found in the audited input: unless it exists elsewhere, its pods accept and open any connection no policy forbids");
  }

  /** Without a Namespace object, the namespace's first workload carries the finding, so it is not repeated. */
  private static boolean reportsHere(Resource resource, String namespace, List<PodSpecView> pods, Inventory inventory) {
    if (NetworkScope.namespaceObject(inventory, namespace).isPresent()) {
      return false;
    }
    Optional<PodSpecView> first = pods.stream().filter(p -> NetworkScope.reportableWorkload(p.resource()).isPresent()).findFirst();
    return first.isPresent() && first.get().resource() == resource;
  }

  /** A rule with no peers and no ports admits everything: such a policy is an allow-all, not a deny. */
  private static boolean allowsAll(List<Node> rules, String peers) {
    return rules.stream().anyMatch(r -> r.at(peers).items().isEmpty() && r.at("ports").items().isEmpty());
  }

  private static Node nameOf(Resource namespace) {
    Node name = namespace.node().at("metadata", "name");
    return name.isPresent() && name.position().isKnown() ? name : namespace.node();
  }
}
