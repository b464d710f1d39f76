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
    id = "api-deprecated",
    title = "API version is deprecated and scheduled for removal",
    severity = Severity.LOW,
    category = Category.DEPRECATION,
    checklist = {ChecklistItem.SECURITY_UPDATES},
    description = """
        The object uses a Kubernetes apiVersion that is deprecated at the audit's target version and \
        will stop being served in a later release. It still works today, but the cluster cannot be \
        upgraded past the removal release until the manifest changes, and EKS standard support for a \
        minor version lasts only 14 months, so the migration should be done before it blocks an \
        upgrade.""",
    remediation = "Move the manifest to the replacement apiVersion named in the finding.",
    references = {
      "https://kubernetes.io/docs/reference/using-api/deprecation-guide/",
      "https://kubernetes.io/docs/reference/using-api/deprecation-policy/",
      "https://docs.aws.amazon.com/eks/latest/best-practices/cluster-upgrades.html"
    },
    equivalents = {"kube-score:stable-version", "trivy:KSV-0107"},
    example = """
        apiVersion: resource.k8s.io/v1beta1
        kind: DeviceClass
        metadata:
          name: gpu.example.com
        spec:
          selectors:
            - cel:
                expression: device.driver == "gpu.example.com"
        """,
    fixedExample = """
        apiVersion: resource.k8s.io/v1
        kind: DeviceClass
        metadata:
          name: gpu.example.com
        spec:
          selectors:
            - cel:
                expression: device.driver == "gpu.example.com"
        """)
public final class ApiDeprecated implements ResourceRule {

  @Override
  public boolean appliesTo(Resource resource) {
    return ApiLifecycle.bundled().find(resource.apiVersion(), resource.kind()).map(ApiLifecycle.Entry::isKubernetes).orElse(false);
  }

  @Override
  public List<Violation> check(Resource resource, RuleContext context) {
    Optional<ApiLifecycle.Entry> found = ApiLifecycle.bundled().find(resource.apiVersion(), resource.kind());
    KubernetesVersion target = context.targetVersion();
    if (found.isEmpty() || !found.get().deprecatedAt(target)) {
      return List.of();
    }
    ApiLifecycle.Entry e = found.get();
    String removal = e.planned() ? "is scheduled for removal in " : "will be removed in ";
    String message =
        e.apiVersion() + " " + e.kind() + " is deprecated since Kubernetes " + e.deprecatedIn().orElse("?") + " and " + removal
            + e.removedIn() + " (audit target " + target + ")" + ApiMessages.migration(e);
    return List.of(ApiMessages.violation(resource, e, target, message));
  }
}
