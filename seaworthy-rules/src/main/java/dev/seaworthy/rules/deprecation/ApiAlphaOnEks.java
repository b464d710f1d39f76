package dev.seaworthy.rules.deprecation;

import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.core.rule.ResourceRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import java.util.List;

@RuleInfo(
    id = "api-alpha-on-eks",
    title = "Built-in alpha API version is not served on EKS",
    severity = Severity.HIGH,
    category = Category.DEPRECATION,
    checklist = {ChecklistItem.SECURITY_UPDATES},
    description = """
        The object uses an alpha version (v1alpha1, v2alpha1, ...) of an API group served by the \
        Kubernetes API server itself. Amazon EKS does not enable alpha features or alpha APIs on its \
        control plane, whatever the Kubernetes version, so the API server answers "no matches for kind" \
        and the manifest cannot be applied. CRD groups that merely live under a k8s.io domain (Gateway \
        API, x-k8s.io projects, volume snapshots) are not affected and are not reported.""",
    remediation = "Use a beta or GA version of the API, or drop the object if the feature only exists as alpha.",
    references = {
      "https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html",
      "https://kubernetes.io/docs/reference/using-api/#api-versioning"
    },
    example = """
        apiVersion: scheduling.k8s.io/v1alpha1
        kind: PriorityClass
        metadata:
          name: critical
        value: 1000000
        """,
    fixedExample = """
        apiVersion: scheduling.k8s.io/v1
        kind: PriorityClass
        metadata:
          name: critical
        value: 1000000
        """)
public final class ApiAlphaOnEks implements ResourceRule {

  @Override
  public boolean appliesTo(Resource resource) {
    // the core group never had an alpha version: a bare "v1alpha1" is some other tool's file format
    return !resource.group().isEmpty()
        && KnownKinds.bundled().servedByKubeApiserver(resource.group())
        && KnownKinds.isAlpha(resource.version());
  }

  @Override
  public List<Violation> check(Resource resource, RuleContext context) {
    // api-removed already reports pairs with a recorded removal: one problem, one finding
    boolean reportedAsRemoved =
        ApiLifecycle.bundled().find(resource.apiVersion(), resource.kind()).map(e -> e.removedAt(context.targetVersion(), context.today())).orElse(false);
    if (reportedAsRemoved) {
      return List.of();
    }
    String group = "API group " + resource.group();
    return List.of(
        Violation.of(
            ApiMessages.anchor(resource),
            resource.apiVersion() + " is an alpha version of " + group + ": EKS does not enable alpha Kubernetes APIs (\"Alpha features"
                + " aren't supported\"), so the cluster does not serve " + resource.kind() + " at this version; use a beta or GA"
                + " version of the API"));
  }
}
