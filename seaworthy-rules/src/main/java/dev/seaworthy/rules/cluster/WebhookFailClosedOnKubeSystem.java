package dev.seaworthy.rules.cluster;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.Fix;
import dev.seaworthy.core.rule.InventoryRule;
import dev.seaworthy.core.rule.PatchOp;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.LabelSelector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

@RuleInfo(
    id = "webhook-fail-closed-on-kube-system",
    title = "Fail-closed admission webhook does not exclude kube-system",
    severity = Severity.HIGH,
    category = Category.CLUSTER,
    description = """
        With `failurePolicy: Fail` (the default in admissionregistration.k8s.io/v1) the API server \
        rejects every matching request while the webhook's service is unreachable: a crashed or \
        unschedulable webhook pod, an expired certificate, a network policy. If the webhook also \
        matches kube-system, the system pods that would repair the cluster (CoreDNS, aws-node, \
        kube-proxy, the load balancer controller) can no longer be created or updated, and the \
        webhook's own recovery may depend on them. Kubernetes recommends excluding kube-system with a \
        namespaceSelector. Only webhooks on the resources system components depend on (pods and their \
        controllers, leases, ConfigMaps, Secrets, ServiceAccounts, Services, endpoints) are judged, and \
        only when the input shows that the selector lets kube-system through.""",
    remediation = "Add a namespaceSelector expression `kubernetes.io/metadata.name NotIn [kube-system]` to the webhook (or use `failurePolicy: Ignore` if the policy can tolerate gaps).",
    references = {
      "https://kubernetes.io/docs/reference/access-authn-authz/extensible-admission-controllers/#avoiding-operating-on-the-kube-system-namespace",
      "https://kubernetes.io/docs/reference/access-authn-authz/extensible-admission-controllers/#failure-policy"
    },
    example = """
        apiVersion: admissionregistration.k8s.io/v1
        kind: ValidatingWebhookConfiguration
        metadata:
          name: policy
        webhooks:
          - name: pods.policy.example.com
            clientConfig:
              service: {name: policy, namespace: policy-system, path: /validate}
            rules:
              - apiGroups: [""]
                apiVersions: [v1]
                operations: [CREATE, UPDATE]
                resources: [pods]
            sideEffects: None
            admissionReviewVersions: [v1]
        """,
    fixedExample = """
        apiVersion: admissionregistration.k8s.io/v1
        kind: ValidatingWebhookConfiguration
        metadata:
          name: policy
        webhooks:
          - name: pods.policy.example.com
            clientConfig:
              service: {name: policy, namespace: policy-system, path: /validate}
            rules:
              - apiGroups: [""]
                apiVersions: [v1]
                operations: [CREATE, UPDATE]
                resources: [pods]
            namespaceSelector:
              matchExpressions:
                - key: kubernetes.io/metadata.name
                  operator: NotIn
                  values: [kube-system]
            sideEffects: None
            admissionReviewVersions: [v1]
        """)
public final class WebhookFailClosedOnKubeSystem implements InventoryRule {

  private static final String NAME_LABEL = "kubernetes.io/metadata.name";
  private static final String KUBE_SYSTEM = "kube-system";
  /**
   * The namespaced resources kube-system's own components create and update all the time: pods and
   * their controllers, leader-election leases, configuration, identities, service endpoints.
   */
  private static final Set<String> SYSTEM_RESOURCES =
      Set.of("pods", "deployments", "daemonsets", "replicasets", "statefulsets", "jobs", "configmaps", "secrets",
          "serviceaccounts", "services", "endpoints", "endpointslices", "leases");

  @Override
  public boolean appliesTo(Resource resource) {
    return Webhooks.isV1Configuration(resource);
  }

  @Override
  public List<Violation> check(Resource resource, RuleContext context) {
    List<Violation> out = new ArrayList<>();
    for (Webhooks.Webhook hook : Webhooks.of(resource)) {
      Node w = hook.node();
      Node policy = w.at("failurePolicy");
      List<String> matched = systemResources(w.at("rules"));
      if (!policy.textOr("Fail").equals("Fail") || matched.isEmpty()) {
        continue;
      }
      if (!w.at("matchConditions").items().isEmpty() || !LabelSelector.of(w.at("objectSelector")).isEmpty()) {
        continue; // narrowed in ways the input cannot resolve
      }
      Node selectorNode = w.at("namespaceSelector");
      if (!admitsKubeSystem(selectorNode, context)) {
        continue;
      }
      String how = policy.isPresent() ? "failurePolicy Fail" : "no failurePolicy, so the v1 default Fail";
      String selector = LabelSelector.of(selectorNode).isEmpty() ? "no namespaceSelector" : "a namespaceSelector that matches kube-system";
      out.add(Violation.of(policy.isPresent() ? policy : w,
              hook.describe() + " fails closed (" + how + ") with " + selector
                  + ": while its service is down, changes to " + String.join(", ", matched)
                  + " in kube-system are rejected too, so the system components that would bring the cluster back cannot start or update")
          .withFix(fix(hook, selectorNode)));
    }
    return out;
  }

  /** The system resources (or {@code *}) that the webhook's namespaced, built-in-group rules match. */
  private static List<String> systemResources(Node rules) {
    Set<String> out = new TreeSet<>();
    for (Node rule : rules.items()) {
      if (rule.at("scope").textOr("*").equals("Cluster")) {
        continue;
      }
      boolean builtInGroup = rule.at("apiGroups").items().stream()
          .map(g -> g.textOr("-"))
          .anyMatch(g -> g.equals("*") || g.isEmpty() || !g.contains(".") || g.endsWith(".k8s.io"));
      if (!builtInGroup) {
        continue;
      }
      for (Node r : rule.at("resources").items()) {
        String resource = r.textOr("");
        String base = resource.contains("/") ? resource.substring(0, resource.indexOf('/')) : resource;
        if (base.equals("*")) {
          out.add("all resources");
        } else if (SYSTEM_RESOURCES.contains(base)) {
          out.add(base);
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * Whether the selector lets kube-system through, as far as the input shows: with the Namespace
   * object in the input its labels decide; without it only selectors on the automatic name label
   * can be judged, since kube-system may carry opt-out labels the input does not show.
   */
  private static boolean admitsKubeSystem(Node selectorNode, RuleContext context) {
    LabelSelector selector = LabelSelector.of(selectorNode);
    if (!selector.valid()) {
      return false;
    }
    if (selector.isEmpty()) {
      return true;
    }
    Map<String, String> labels = new HashMap<>();
    Optional<Resource> ns = context.inventory().ofKind("Namespace").stream()
        .filter(r -> r.group().isEmpty() && r.name().equals(KUBE_SYSTEM))
        .findFirst();
    if (ns.isPresent()) {
      labels.putAll(ns.get().labels());
    } else {
      Set<String> keys = new HashSet<>(selector.matchLabels().keySet());
      selector.expressions().forEach(e -> keys.add(e.key()));
      if (!keys.equals(Set.of(NAME_LABEL))) {
        return false;
      }
    }
    labels.put(NAME_LABEL, KUBE_SYSTEM);
    return selector.matches(labels);
  }

  private static Fix fix(Webhooks.Webhook hook, Node selectorNode) {
    Map<String, Object> expression = Map.of("key", NAME_LABEL, "operator", "NotIn", "values", List.of(KUBE_SYSTEM));
    String path = hook.pointer() + "/namespaceSelector";
    PatchOp op;
    if (!selectorNode.isMap()) {
      op = PatchOp.add(path, Map.of("matchExpressions", List.of(expression)));
    } else if (selectorNode.at("matchExpressions").isList()) {
      op = PatchOp.add(path + "/matchExpressions/" + selectorNode.at("matchExpressions").items().size(), expression);
    } else {
      op = PatchOp.add(path + "/matchExpressions", List.of(expression));
    }
    return Fix.of("Exclude kube-system with the namespaceSelector", op);
  }
}
