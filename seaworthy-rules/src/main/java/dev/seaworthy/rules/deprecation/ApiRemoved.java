package dev.seaworthy.rules.deprecation;

import dev.seaworthy.core.data.KubernetesVersion;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.core.rule.ResourceRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import java.util.List;
import java.util.Optional;

@RuleInfo(
    id = "api-removed",
    title = "API version is no longer served",
    severity = Severity.HIGH,
    category = Category.DEPRECATION,
    checklist = {ChecklistItem.SECURITY_UPDATES},
    description = """
        The object uses an apiVersion that the audit's target Kubernetes version, or the current release \
        of the component that owns the CRD (Karpenter, External Secrets Operator, cert-manager), no \
        longer serves. Applying it fails with "no matches for kind", so a cluster upgrade or a chart \
        upgrade breaks every pipeline that still carries the manifest; it also pins the cluster to old, \
        unpatched versions. Judged against Seaworthy's dated lifecycle data, which fixes known errors \
        in peer datasets.""",
    remediation = "Rewrite the manifest for the replacement API named in the finding before upgrading the cluster or the component.",
    references = {
      "https://kubernetes.io/docs/reference/using-api/deprecation-guide/",
      "https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html",
      "https://docs.aws.amazon.com/eks/latest/best-practices/cluster-upgrades.html",
      "https://karpenter.sh/v1.0/upgrading/v1-migration/",
      "https://github.com/external-secrets/external-secrets/issues/4662",
      "https://cert-manager.io/docs/releases/upgrading/remove-deprecated-apis/"
    },
    equivalents = {"kube-score:stable-version", "kube-linter:no-extensions-v1beta", "trivy:KSV-0107"},
    example = """
        apiVersion: policy/v1beta1
        kind: PodSecurityPolicy
        metadata:
          name: restricted
        spec:
          privileged: false
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
            pod-security.kubernetes.io/warn: restricted
        """)
public final class ApiRemoved implements ResourceRule {

  @Override
  public boolean appliesTo(Resource resource) {
    return ApiLifecycle.bundled().find(resource.apiVersion(), resource.kind()).isPresent();
  }

  @Override
  public List<Violation> check(Resource resource, RuleContext context) {
    Optional<ApiLifecycle.Entry> found = ApiLifecycle.bundled().find(resource.apiVersion(), resource.kind());
    KubernetesVersion target = context.targetVersion();
    if (found.isEmpty() || !found.get().removedAt(target, context.today())) {
      return List.of();
    }
    ApiLifecycle.Entry e = found.get();
    return List.of(ApiMessages.violation(resource, e, target, message(e, target)));
  }

  static String message(ApiLifecycle.Entry e, KubernetesVersion target) {
    String subject = e.apiVersion() + " " + e.kind();
    if (e.isKubernetes()) {
      String planned = e.planned() ? "; removal set by its API lifecycle marker" : "";
      return subject + " was removed in Kubernetes " + e.removedIn() + " (audit target " + target + planned + ")" + ApiMessages.migration(e);
    }
    String component = ApiLifecycle.componentName(e.component());
    String date = e.removedOn().map(d -> " (" + d + ")").orElse("");
    String cap =
        e.maxKubernetes()
            .map(max -> ". " + component + " releases that still serve it support Kubernetes " + max + " at most (audit target " + target + ")")
            .orElse("");
    return subject + " was removed in " + component + " " + e.removedIn() + date + " and current " + component
        + " releases do not serve it" + ApiMessages.migration(e) + cap;
  }
}
