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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@RuleInfo(
    id = "namespace-pod-security-audit-warn-missing",
    title = "Namespace enforces a Pod Security Standard without audit and warn labels",
    severity = Severity.LOW,
    category = Category.SECURITY,
    description = """
        Pod Security Admission's enforce mode checks only Pod objects, not the Deployments, \
        StatefulSets, DaemonSets and Jobs that create them. A workload whose pod template violates \
        the enforced level is therefore accepted without a word, and its controller then fails to \
        create pods, which shows up only as events on a ReplicaSet. The warn and audit modes are \
        applied to workload objects too: warn makes kubectl print the violation when the workload \
        is applied, and audit records it in the API server audit log (sent to CloudWatch Logs when \
        EKS control plane audit logging is on). Reported for namespaces that enforce baseline or \
        restricted and lack the audit or warn label.""",
    remediation = "Add pod-security.kubernetes.io/audit and pod-security.kubernetes.io/warn at the enforced level (or at restricted, to see what a stricter level would reject).",
    references = {
      "https://kubernetes.io/docs/concepts/security/pod-security-admission/#workload-resources-and-pod-templates",
      "https://docs.aws.amazon.com/eks/latest/best-practices/pod-security.html"
    },
    equivalents = {"hardeneks:ensure_namespace_psa_exist"},
    example = """
        apiVersion: v1
        kind: Namespace
        metadata:
          name: shop
          labels:
            pod-security.kubernetes.io/enforce: restricted
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
public final class NamespacePodSecurityAuditWarnMissing implements ResourceRule {

  @Override
  public boolean appliesTo(Resource resource) {
    return NamespaceLabels.isNamespace(resource) && !PsaPlan.SYSTEM_NAMESPACES.contains(resource.name());
  }

  @Override
  public List<Violation> check(Resource resource, RuleContext context) {
    Node enforce = NamespaceLabels.label(resource, PsaPlan.ENFORCE);
    Optional<PsaLevel> level = PsaLevel.parse(enforce.textOr(""));
    if (level.isEmpty() || level.get() == PsaLevel.PRIVILEGED) {
      return List.of();
    }
    Map<String, String> missing = new LinkedHashMap<>();
    for (String key : List.of(PsaPlan.AUDIT, PsaPlan.WARN)) {
      if (!NamespaceLabels.label(resource, key).isPresent()) {
        missing.put(key, level.get().label());
      }
    }
    if (missing.isEmpty()) {
      return List.of();
    }
    List<String> modes = new ArrayList<>();
    missing.keySet().forEach(k -> modes.add(k.substring(PsaLevel.PREFIX.length())));
    String message = "Namespace \"" + resource.name() + "\" enforces " + level.get().label() + " but sets no " + String.join(" or ", modes)
        + " label: enforce checks only pods, so a workload whose pods violate the level is accepted silently and its controller then fails"
        + " to create them; warn shows the violation when the workload is applied, audit records it in the audit log";
    List<PatchOp> ops = NamespaceLabels.set(resource, missing, List.of());
    Violation violation = Violation.of(enforce, message);
    return List.of(ops.isEmpty() ? violation : violation.withFix(new Fix("Add " + NamespaceLabels.show(missing), ops)));
  }
}
