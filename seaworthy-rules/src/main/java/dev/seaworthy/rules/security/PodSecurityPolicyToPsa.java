package dev.seaworthy.rules.security;

import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.InventoryRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

@RuleInfo(
    id = "pod-security-policy-to-psa",
    title = "PodSecurityPolicy needs Pod Security Admission labels to replace it",
    severity = Severity.LOW,
    category = Category.SECURITY,
    description = """
        PodSecurityPolicy was removed in Kubernetes 1.25 (api-removed reports the object itself); \
        the protection it gave is lost unless each namespace it governed gets Pod Security \
        Admission labels at the matching level. This rule maps the policy to the Pod Security \
        Standard it is closest to, following the Kubernetes PSP-to-PSS mapping table, and names the \
        namespaces of the audited input to label with the exact labels (lowered to what each \
        namespace's workloads in the input meet). It also says what changes: PSP mutated pods \
        (setting allowPrivilegeEscalation, dropped capabilities, runAsNonRoot), while Pod Security \
        Admission only accepts or rejects, so pods must now set those fields themselves; restricted \
        requires a seccomp profile that most policies did not; and PSA cannot express some PSP \
        controls, such as readOnlyRootFilesystem or user and group ranges.""",
    remediation = "Label each namespace the policy governed with pod-security.kubernetes.io/enforce, audit and warn at the mapped level, set the formerly mutated fields in the pod specs, then delete the PodSecurityPolicy.",
    references = {
      "https://kubernetes.io/docs/reference/access-authn-authz/psp-to-pod-security-standards/",
      "https://kubernetes.io/docs/tasks/configure-pod-container/migrate-from-psp/",
      "https://docs.aws.amazon.com/eks/latest/best-practices/pod-security.html"
    },
    example = """
        apiVersion: policy/v1beta1
        kind: PodSecurityPolicy
        metadata:
          name: restricted
        spec:
          privileged: false
          allowPrivilegeEscalation: false
          requiredDropCapabilities: [ALL]
          volumes: [configMap, emptyDir, projected, secret, downwardAPI, persistentVolumeClaim]
          runAsUser: {rule: MustRunAsNonRoot}
          seLinux: {rule: RunAsAny}
          supplementalGroups: {rule: RunAsAny}
          fsGroup: {rule: RunAsAny}
        """,
    fixedExample = """
        apiVersion: v1
        kind: Namespace
        metadata:
          name: production
          labels:
            pod-security.kubernetes.io/enforce: restricted
            pod-security.kubernetes.io/audit: restricted
            pod-security.kubernetes.io/warn: restricted
        """)
public final class PodSecurityPolicyToPsa implements InventoryRule {

  @Override
  public boolean appliesTo(Resource resource) {
    return PspMapping.isPsp(resource);
  }

  @Override
  public List<Violation> check(Resource resource, RuleContext context) {
    PspMapping mapping = PspMapping.of(resource);
    String psp = "PodSecurityPolicy \"" + resource.name() + "\"";
    Node name = resource.node().at("metadata", "name");
    Node anchor = name.position().isKnown() ? name : resource.node();
    if (mapping.level() == PsaLevel.PRIVILEGED) {
      return Violation.one(anchor, psp + " allows what only the privileged Pod Security Standard allows (" + String.join(", ", mapping.whyNotHigher())
          + "), so it restricts nothing that Pod Security Admission labels could carry over: after its removal, label the namespaces it governed"
          + " with enforce: baseline or restricted where their pods allow it");
    }
    PsaLevel level = mapping.level();
    StringBuilder message = new StringBuilder(psp).append(" is closest to the Pod Security Standard ").append(level.label());
    if (level == PsaLevel.BASELINE) {
      message.append(" (not restricted: ").append(String.join(", ", mapping.whyNotHigher())).append(")");
    }
    message.append(". To keep its protection after its removal in Kubernetes 1.25, ").append(namespacesToLabel(level, context));
    if (!mapping.podsMustSet().isEmpty() || !mapping.psaAlsoRequires().isEmpty()) {
      message.append(". Pod Security Admission never changes pods");
      if (!mapping.podsMustSet().isEmpty()) {
        message.append(", so every container must now set what this policy filled in: ").append(String.join(", ", mapping.podsMustSet()));
      }
      if (!mapping.psaAlsoRequires().isEmpty()) {
        message.append("; ").append(level.label()).append(" also requires ").append(String.join(", ", mapping.psaAlsoRequires()));
      }
    }
    if (!mapping.notExpressible().isEmpty()) {
      message.append(". Pod Security Admission cannot express ").append(String.join(", ", mapping.notExpressible()))
          .append(": keep ").append(mapping.notExpressible().size() == 1 ? "it" : "them")
          .append(" in the pod specs or enforce ").append(mapping.notExpressible().size() == 1 ? "it" : "them")
          .append(" with a policy engine such as Kyverno or Gatekeeper");
    }
    return Violation.one(anchor, message.toString());
  }

  /** The namespaces to label, grouped by the labels their workloads in the input can take. */
  private static String namespacesToLabel(PsaLevel level, RuleContext context) {
    String full = PsaPlan.ENFORCE + ": " + level.label() + ", " + PsaPlan.AUDIT + ": " + level.label() + " and " + PsaPlan.WARN + ": " + level.label();
    Set<String> namespaces = namespaces(context.inventory());
    if (namespaces.isEmpty()) {
      return "label each namespace whose pods it governed with " + full;
    }
    List<String> atLevel = new ArrayList<>();
    List<String> lowered = new ArrayList<>();
    List<String> privileged = new ArrayList<>();
    for (String ns : namespaces) {
      PsaPlan plan = PsaPlan.of(ns, level, context.inventory(), context.targetVersion());
      if (plan.blocker().isEmpty()) {
        atLevel.add("\"" + ns + "\"");
      } else if (plan.needsPrivileged()) {
        privileged.add("\"" + ns + "\" with enforce: privileged explicitly and audit, warn: baseline, because " + plan.blocker().get().describe());
      } else {
        lowered.add("\"" + ns + "\" with enforce: " + plan.enforce().label() + " and audit, warn: " + level.label()
            + ", because " + plan.blocker().get().describe());
      }
    }
    List<String> parts = new ArrayList<>();
    if (!atLevel.isEmpty()) {
      parts.add("label namespace" + (atLevel.size() == 1 ? " " : "s ") + String.join(", ", atLevel) + " with " + full);
    }
    if (!lowered.isEmpty()) {
      parts.add("label namespace " + String.join("; namespace ", lowered));
    }
    if (!privileged.isEmpty()) {
      parts.add("label namespace " + String.join("; namespace ", privileged));
    }
    return String.join("; ", parts) + " (namespaces of the audited input)";
  }

  /**
   * The namespaces the input uses: Namespace objects and any namespace an object names explicitly;
   * system namespaces left out. An object that names no namespace lands wherever it is applied, so
   * it names none here.
   */
  private static Set<String> namespaces(Inventory inventory) {
    Set<String> out = new TreeSet<>();
    for (Resource r : inventory.all()) {
      if (NamespaceLabels.isNamespace(r)) {
        out.add(r.name());
      } else if (!r.namespace().isEmpty()) {
        out.add(r.namespace());
      }
    }
    out.removeAll(PsaPlan.SYSTEM_NAMESPACES);
    out.remove("");
    return out;
  }
}
