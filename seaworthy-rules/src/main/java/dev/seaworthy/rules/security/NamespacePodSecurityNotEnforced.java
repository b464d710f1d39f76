package dev.seaworthy.rules.security;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.Fix;
import dev.seaworthy.core.rule.PatchOp;
import dev.seaworthy.core.rule.ResourceRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

@RuleInfo(
    id = "namespace-pod-security-not-enforced",
    title = "Namespace does not enforce a Pod Security Standard",
    severity = Severity.MEDIUM,
    category = Category.SECURITY,
    description = """
        Pod Security Admission, the built-in replacement for PodSecurityPolicy, acts on a namespace \
        only through its pod-security.kubernetes.io labels. Without an enforce label (or with \
        enforce: privileged) the cluster default applies, which on EKS is privileged: any pod may \
        run privileged, mount the node's filesystem or join its network namespace, and a compromised \
        deployment pipeline or chart can take over nodes. enforce: privileged is accepted without a \
        finding where a workload of the namespace in the audited input needs it (host access, \
        privileged containers), since that exception is then deliberate. Label values must be \
        exactly privileged, baseline or restricted (and versions latest or v1.N): Pod Security \
        admission rejects a Namespace with any other value. The fix enforces the level the \
        namespace's workloads in the input already meet (restricted, or the level a \
        PodSecurityPolicy of the input maps to, lowered when a workload does not meet it) and \
        audits and warns at the target level. kube-system, kube-public and kube-node-lease are not \
        checked.""",
    remediation = "Label the namespace pod-security.kubernetes.io/enforce: restricted (or baseline where workloads cannot meet restricted yet), with audit and warn at restricted.",
    references = {
      "https://kubernetes.io/docs/concepts/security/pod-security-admission/",
      "https://kubernetes.io/docs/tasks/configure-pod-container/enforce-standards-namespace-labels/",
      "https://docs.aws.amazon.com/eks/latest/best-practices/pod-security.html"
    },
    equivalents = {"hardeneks:ensure_namespace_psa_exist"},
    example = """
        apiVersion: v1
        kind: Namespace
        metadata:
          name: shop
        """,
    fixedExample = """
        apiVersion: v1
        kind: Namespace
        metadata:
          name: shop
          labels:
            pod-security.kubernetes.io/enforce: restricted
            pod-security.kubernetes.io/audit: restricted
            pod-security.kubernetes.io/warn: restricted
        """)
public final class NamespacePodSecurityNotEnforced implements ResourceRule {

  private static final Pattern VERSION = Pattern.compile("latest|v1\\.(0|[1-9][0-9]*)");

  @Override
  public boolean appliesTo(Resource resource) {
    return NamespaceLabels.isNamespace(resource) && !PsaPlan.SYSTEM_NAMESPACES.contains(resource.name());
  }

  @Override
  public List<Violation> check(Resource resource, RuleContext context) {
    List<Violation> invalid = invalidLabels(resource);
    if (!invalid.isEmpty()) {
      return invalid;
    }
    String ns = "Namespace \"" + resource.name() + "\"";
    PsaPlan plan = PsaPlan.of(resource.name(), PsaPlan.target(context.inventory()), context.inventory(), context.targetVersion());
    Node enforce = NamespaceLabels.label(resource, PsaPlan.ENFORCE);
    if (enforce.isMissing() || enforce.isNull()) {
      String message = ns + " has no " + PsaPlan.ENFORCE + " label, so Pod Security Admission applies the cluster default,"
          + " privileged on EKS: any pod, including privileged ones with host access, can run in it";
      return List.of(withPlan(Violation.of(NamespaceLabels.anchor(resource), message + planNote(plan)), resource, plan));
    }
    if (!enforce.textOr("").equals(PsaLevel.PRIVILEGED.label()) || plan.needsPrivileged()) {
      return List.of();
    }
    String workloads = plan.workloads() == 0
        ? "the audited input runs no workload in it"
        : "none of its " + plan.workloads() + (plan.workloads() == 1 ? " workload" : " workloads") + " in the audited input needs more than " + plan.enforce().label();
    String message = ns + " sets " + PsaPlan.ENFORCE + ": privileged, which turns Pod Security Admission off for it, and " + workloads;
    return List.of(withPlan(Violation.of(enforce, message + planNote(plan)), resource, plan));
  }

  /** Why the fix enforces less than the target, or why no fix is offered. */
  private static String planNote(PsaPlan plan) {
    if (plan.blocker().isEmpty()) {
      return "";
    }
    PsaPlan.Blocker b = plan.blocker().get();
    if (plan.needsPrivileged()) {
      return "; " + b.describe() + ", so label the namespace " + PsaPlan.ENFORCE + ": privileged deliberately, with audit and warn at baseline,"
          + " or move that workload to a namespace of its own";
    }
    return "; " + b.describe() + ", so the fix enforces " + plan.enforce().label() + " and audits and warns at " + plan.target().label();
  }

  private static Violation withPlan(Violation violation, Resource ns, PsaPlan plan) {
    if (plan.needsPrivileged()) {
      return violation;
    }
    List<PatchOp> ops = NamespaceLabels.set(ns, plan.labels(), List.of(PsaPlan.ENFORCE));
    if (ops.isEmpty()) {
      return violation;
    }
    return violation.withFix(new Fix("Label the namespace " + NamespaceLabels.show(plan.labels()), ops));
  }

  /** Level and version labels that Pod Security admission refuses, which makes the Namespace itself fail to apply. */
  private static List<Violation> invalidLabels(Resource ns) {
    List<Violation> out = new ArrayList<>();
    for (String mode : List.of("enforce", "audit", "warn")) {
      Node level = NamespaceLabels.label(ns, PsaLevel.PREFIX + mode);
      if (level.isPresent() && PsaLevel.parse(level.textOr("")).isEmpty()) {
        Violation v = Violation.of(level, "label " + PsaLevel.PREFIX + mode + " has the value \"" + level.textOr("")
            + "\", which is not privileged, baseline or restricted: Pod Security admission rejects the Namespace");
        Optional<PsaLevel> lower = PsaLevel.parse(level.textOr("").strip().toLowerCase(Locale.ROOT));
        if (lower.isPresent()) {
          v = v.withFix(Fix.of("Write the level in lower case",
              PatchOp.replace("/metadata/labels/" + PatchOp.escape(PsaLevel.PREFIX + mode), lower.get().label())));
        }
        out.add(v);
      }
      Node version = NamespaceLabels.label(ns, PsaLevel.PREFIX + mode + "-version");
      if (version.isPresent() && !VERSION.matcher(version.textOr("")).matches()) {
        out.add(Violation.of(version, "label " + PsaLevel.PREFIX + mode + "-version has the value \"" + version.textOr("")
            + "\", which is neither latest nor v1.<minor>: Pod Security admission rejects the Namespace"));
      }
    }
    return out;
  }
}
