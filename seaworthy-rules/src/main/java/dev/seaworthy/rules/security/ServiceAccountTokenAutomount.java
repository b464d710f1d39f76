package dev.seaworthy.rules.security;

import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.model.MissingNode;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.Fix;
import dev.seaworthy.core.rule.PodSpecRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.PodSpecView;
import java.util.List;
import java.util.Optional;

/**
 * Pods of the namespace's default ServiceAccount that get its token mounted. The pod's own
 * automountServiceAccountToken wins; when unset, the ServiceAccount's decides, if the audit
 * contains it. Pods with a dedicated ServiceAccount are left alone: such an account usually exists
 * because the pod calls the API.
 */
@RuleInfo(
    id = "service-account-token-automount",
    title = "Pod mounts the default ServiceAccount token",
    severity = Severity.LOW,
    category = Category.SECURITY,
    description = """
        Every pod gets an API token for its ServiceAccount mounted at \
        /var/run/secrets/kubernetes.io/serviceaccount unless automounting is turned off. Most \
        applications never call the Kubernetes API, so for them the token is only useful to an \
        attacker, and the namespace's default ServiceAccount is shared by every pod that does not \
        name another one, so any permission granted to it leaks to all of them. Turn automounting \
        off on the pod or on the default ServiceAccount.""",
    remediation = "Set `automountServiceAccountToken: false` in the pod spec, or on the namespace's `default` ServiceAccount.",
    references = {
      "https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/#opt-out-of-api-credential-automounting",
      "https://docs.aws.amazon.com/eks/latest/best-practices/identity-and-access-management.html"
    },
    equivalents = {
      "polaris:automountServiceAccountToken",
      "kubescape:C-0034",
      "kubescape:C-0190",
      "kubescape:C-0261",
      "checkov:CKV_K8S_38",
      "trivy:KSV-0036",
      "hardeneks:disable_service_account_token_mounts"
    },
    example = """
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
                  image: nginx:1.27
        """,
    fixedExample = """
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
              automountServiceAccountToken: false
              containers:
                - name: web
                  image: nginx:1.27
        """)
public final class ServiceAccountTokenAutomount implements PodSpecRule {

  @Override
  public boolean appliesTo(PodSpecView pod) {
    return isDefault(pod.spec().at("serviceAccountName")) && isDefault(pod.spec().at("serviceAccount"));
  }

  private static boolean isDefault(Node name) {
    String text = name.textOr("");
    return text.isEmpty() || text.equals("default");
  }

  @Override
  public List<Violation> check(PodSpecView pod, RuleContext context) {
    Node own = pod.spec().at("automountServiceAccountToken");
    if (PodFacts.isFalse(own)) {
      return List.of();
    }
    String namespace = Inventory.namespaceOf(pod.resource());
    String message;
    if (PodFacts.isTrue(own)) {
      message = "pod runs as the default ServiceAccount of namespace " + namespace + " and sets automountServiceAccountToken: true";
    } else {
      Optional<Resource> account = context.inventory().find("ServiceAccount", namespace, "default");
      Node accountSetting = account.map(a -> a.node().at("automountServiceAccountToken")).orElse(MissingNode.INSTANCE);
      if (PodFacts.isFalse(accountSetting)) {
        return List.of();
      }
      message = "pod runs as the default ServiceAccount of namespace " + namespace + " and mounts its API token: "
          + (account.isEmpty()
              ? "automountServiceAccountToken is unset on the pod, and ServiceAccount " + namespace + "/default was not found in the audited input"
              : "automountServiceAccountToken is unset on the pod and not false on ServiceAccount " + namespace + "/default");
    }
    Node at = own.isMissing() ? pod.anchor() : own;
    return List.of(
        Violation.of(at, message)
            .withFix(Fix.of("Set automountServiceAccountToken to false in the pod spec",
                PodFacts.set(pod.spec(), pod.specPointer(), false, "automountServiceAccountToken"))));
  }
}
