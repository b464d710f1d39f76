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
import java.util.List;
import java.util.Optional;

@RuleInfo(
    id = "network-policy-selects-no-pods",
    title = "NetworkPolicy selects no pod of the audited input",
    severity = Severity.LOW,
    category = Category.NETWORK,
    checklist = {ChecklistItem.NETWORK_POLICIES},
    description = """
        A NetworkPolicy applies only to the pods its podSelector matches in its own namespace. When \
        the labels do not match any pod template (a typo, labels renamed in the Deployment but not in \
        the policy, the policy in another namespace than the workloads), the pods it was written for \
        are not isolated at all and the policy gives a false sense of protection. Pod templates of \
        every workload kind are matched, and podSelector: {} selects every pod of the namespace. The \
        rule only judges namespaces where the input has at least one pod-bearing object, and it is \
        low severity because the pods may be deployed from elsewhere.""",
    remediation = "Make the podSelector match the labels of the pod template it is meant for, or delete the stale policy.",
    references = {
      "https://kubernetes.io/docs/concepts/services-networking/network-policies/",
      "https://docs.aws.amazon.com/eks/latest/best-practices/network-security.html"
    },
    equivalents = {
      "kube-score:networkpolicy-targets-pod",
      "kube-linter:dangling-networkpolicy",
      "kubescape:C-0299"
    },
    example = """
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata:
          name: api-ingress
          namespace: shop
        spec:
          podSelector:
            matchLabels:
              app: api-server
          ingress:
            - from:
                - podSelector: {}
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: api
          namespace: shop
        spec:
          selector:
            matchLabels: {app: api}
          template:
            metadata:
              labels: {app: api}
            spec:
              containers:
                - name: api
                  image: example/api:1.0
        """,
    fixedExample = """
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata:
          name: api-ingress
          namespace: shop
        spec:
          podSelector:
            matchLabels:
              app: api
          ingress:
            - from:
                - podSelector: {}
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: api
          namespace: shop
        spec:
          selector:
            matchLabels: {app: api}
          template:
            metadata:
              labels: {app: api}
            spec:
              containers:
                - name: api
                  image: example/api:1.0
        """)
public final class NetworkPolicySelectsNoPods implements InventoryRule {

  @Override
  public boolean appliesTo(Resource resource) {
    return PolicyView.isPolicy(resource);
  }

  @Override
  public List<Violation> check(Resource resource, RuleContext context) {
    Optional<PolicyView> read = PolicyView.of(resource);
    if (read.isEmpty() || !read.get().podSelector().valid() || read.get().selectsWholeNamespace()) {
      return List.of();
    }
    PolicyView policy = read.get();
    List<PodSpecView> pods = NetworkScope.pods(context.inventory(), policy.namespace());
    if (pods.isEmpty() || pods.stream().anyMatch(policy::selects)) {
      return List.of(); // nothing of the namespace in the input, or the policy has its pods
    }
    Node selector = policy.spec().at("podSelector");
    Node at = selector.isPresent() && selector.position().isKnown() ? selector : policy.spec();
    return Violation.one(
        at,
        policy.describe() + " applies to pods with labels " + Selectors.describe(policy.podSelector()) + ", and a pod template with these labels in namespace \""
            + policy.namespace() + "\" was not found in the audited input: the policy may protect nothing");
  }
}
