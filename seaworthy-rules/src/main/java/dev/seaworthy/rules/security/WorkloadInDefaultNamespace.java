package dev.seaworthy.rules.security;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ResourceRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.PodSpecView;
import java.util.List;

@RuleInfo(
    id = "workload-in-default-namespace",
    title = "Workload runs in the default namespace",
    severity = Severity.LOW,
    category = Category.SECURITY,
    description = """
        Namespaces are the unit of isolation in Kubernetes: RBAC, Pod Security Admission labels, \
        NetworkPolicies, ResourceQuotas and LimitRanges all attach to them. The default namespace \
        usually has none of these, is shared by everything applied without a namespace, and cannot \
        be deleted to clean up. A workload there (written with namespace: default, or with no \
        namespace at all, in which case it lands in whatever namespace the kubectl context targets, \
        usually default) is mixed with strays and protected by nothing namespace-scoped. Objects \
        owned by a controller are not reported; their owner is.""",
    remediation = "Give the workload its own namespace (metadata.namespace) and create that namespace with its PSA labels, NetworkPolicies, ResourceQuota and LimitRange.",
    references = {
      "https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/",
      "https://docs.aws.amazon.com/eks/latest/best-practices/tenant-isolation.html"
    },
    equivalents = {"kube-linter:use-namespace", "kubescape:C-0061", "checkov:CKV_K8S_21", "trivy:KSV-0110"},
    example = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          namespace: default
        spec:
          replicas: 2
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
          replicas: 2
          selector:
            matchLabels: {app: web}
          template:
            metadata:
              labels: {app: web}
            spec:
              containers:
                - name: web
                  image: nginx:1.27
        """)
public final class WorkloadInDefaultNamespace implements ResourceRule {

  @Override
  public boolean appliesTo(Resource resource) {
    return PodSpecView.of(resource).isPresent() && !Names.hasOwner(resource);
  }

  @Override
  public List<Violation> check(Resource resource, RuleContext context) {
    Node namespace = resource.node().at("metadata", "namespace");
    if (namespace.textOr("").equals("default")) {
      return Violation.one(namespace, Names.describe(resource) + " runs in the default namespace, which no RBAC, Pod Security labels,"
          + " NetworkPolicy or quota of its own protects");
    }
    if (!resource.namespace().isEmpty()) {
      return List.of();
    }
    Node metadata = resource.node().at("metadata");
    Node anchor = metadata.isMap() && metadata.position().isKnown() ? metadata : resource.node();
    return Violation.one(anchor, Names.describe(resource) + " names no namespace, so it lands in whatever namespace kubectl targets,"
        + " usually default, which no RBAC, Pod Security labels, NetworkPolicy or quota of its own protects");
  }
}
