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
    id = "pod-not-selected-by-network-policy",
    title = "Pods are not selected by any NetworkPolicy for ingress",
    severity = Severity.LOW,
    category = Category.NETWORK,
    checklist = {ChecklistItem.NETWORK_POLICIES},
    description = """
        A pod that no NetworkPolicy selects for ingress accepts connections from every pod in the \
        cluster: one compromised workload anywhere can reach it. In a namespace that uses \
        NetworkPolicies, such a pod was usually forgotten (new labels, a new component). The rule \
        applies the API's semantics: podSelector: {} selects every pod of the namespace, matchLabels \
        and matchExpressions must all hold, policyTypes defaults to Ingress, and any policy that \
        selects the pod for ingress counts, even one that allows everything. Cilium, Calico and \
        AdminNetworkPolicy objects count as coverage. Only namespaces with a NetworkPolicy or a \
        Namespace object in the input are judged (otherwise the input probably leaves the policies \
        out), host-network pods are skipped (policies do not apply to them), and the finding is low \
        severity because the policy may live outside the audited input.""",
    remediation = "Select the pods with a NetworkPolicy that allows only the ingress they need, or add a default-deny policy (podSelector: {}) to the namespace.",
    references = {
      "https://kubernetes.io/docs/concepts/services-networking/network-policies/",
      "https://docs.aws.amazon.com/eks/latest/best-practices/network-security.html"
    },
    equivalents = {
      "polaris:missingNetworkPolicy",
      "kube-score:pod-networkpolicy",
      "kube-linter:non-isolated-pod",
      "kubescape:C-0260",
      "kubescape:C-0030",
      "kubescape:C-0054"
    },
    example = """
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata:
          name: api
          namespace: shop
        spec:
          podSelector:
            matchLabels: {app: api}
          ingress:
            - from:
                - podSelector: {matchLabels: {app: web}}
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
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata:
          name: default-deny
          namespace: shop
        spec:
          podSelector: {}
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
public final class PodNotSelectedByNetworkPolicy implements InventoryRule {

  @Override
  public boolean appliesTo(Resource resource) {
    return NetworkScope.reportableWorkload(resource).isPresent();
  }

  @Override
  public List<Violation> check(Resource resource, RuleContext context) {
    Optional<PodSpecView> read = NetworkScope.reportableWorkload(resource);
    if (read.isEmpty() || NetworkScope.hostNetwork(read.get())) {
      return List.of();
    }
    PodSpecView pod = read.get();
    Inventory inventory = context.inventory();
    String namespace = Inventory.namespaceOf(resource);
    if (NetworkScope.SYSTEM.contains(namespace)) {
      return List.of();
    }
    List<PolicyView> policies = PolicyView.in(inventory, namespace);
    if (policies.isEmpty() && NetworkScope.namespaceObject(inventory, namespace).isEmpty()) {
      return List.of(); // the input shows nothing of the namespace's network setup
    }
    if (NetworkScope.otherEngineCovers(inventory, namespace)) {
      return List.of();
    }
    // An unreadable selector might select the pod: no verdict.
    if (policies.stream().anyMatch(p -> !p.podSelector().valid() || (p.ingress() && p.selects(pod)))) {
      return List.of();
    }
    Node labels = pod.templateMetadata().at("labels");
    Node at = labels.isPresent() && labels.position().isKnown() ? labels : NetworkScope.namespaceAnchor(resource);
    return Violation.one(
        at,
        "the pods of " + NetworkScope.describe(resource) + " accept connections from any pod in the cluster: a NetworkPolicy selecting them for ingress in namespace \""
            + namespace + "\" was not found in the audited input");
  }
}
