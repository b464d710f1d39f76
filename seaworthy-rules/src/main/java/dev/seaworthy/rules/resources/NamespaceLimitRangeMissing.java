package dev.seaworthy.rules.resources;

import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.core.rule.InventoryRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import java.util.List;
import java.util.Optional;

@RuleInfo(
    id = "namespace-limit-range-missing",
    title = "Namespace runs workloads without a LimitRange",
    severity = Severity.LOW,
    category = Category.RESOURCES,
    checklist = {ChecklistItem.RESOURCE_QUOTAS},
    description = """
        A LimitRange gives containers that declare no requests or limits a default, and bounds what \
        one container may ask for. Without one, a container that forgets its requests runs as \
        BestEffort (scheduled anywhere, evicted first under memory pressure, invisible to the \
        Cluster Autoscaler's and Karpenter's sizing), and a ResourceQuota on requests or limits \
        rejects such pods outright. Judged for each namespace where the audited input runs \
        workloads, reported once (on the Namespace object if present, else on the namespace's first \
        workload); kube-system, kube-public and kube-node-lease are skipped. A LimitRange applied \
        outside the audited input cannot be seen, so the finding says it was not found.""",
    remediation = "Add a LimitRange of type Container to the namespace with defaultRequest and default values (and max where a ceiling is wanted).",
    references = {
      "https://kubernetes.io/docs/concepts/policy/limit-range/",
      "https://docs.aws.amazon.com/eks/latest/best-practices/tenant-isolation.html"
    },
    equivalents = {"hardeneks:ensure_namespace_quotas_exist", "trivy:KSV-0039"},
    example = """
        apiVersion: v1
        kind: Namespace
        metadata:
          name: shop
        ---
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
        """,
    fixedExample = """
        apiVersion: v1
        kind: Namespace
        metadata:
          name: shop
        ---
        apiVersion: v1
        kind: LimitRange
        metadata:
          name: defaults
          namespace: shop
        spec:
          limits:
            - type: Container
              defaultRequest: {cpu: 100m, memory: 128Mi}
              default: {memory: 512Mi}
        ---
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
public final class NamespaceLimitRangeMissing implements InventoryRule {

  @Override
  public boolean appliesTo(Resource resource) {
    return NamespaceScope.appliesTo(resource);
  }

  @Override
  public List<Violation> check(Resource resource, RuleContext context) {
    Optional<NamespaceScope.Subject> subject = NamespaceScope.subject(resource, context.inventory());
    if (subject.isEmpty()) {
      return List.of();
    }
    String namespace = subject.get().namespace();
    if (context.inventory().ofKind("LimitRange", namespace).stream().anyMatch(l -> l.group().isEmpty())) {
      return List.of();
    }
    return Violation.one(
        subject.get().anchor(),
        "namespace \"" + namespace + "\" runs " + subject.get().describeWorkloads()
            + " but no LimitRange for it was found in the audited input: containers that declare no requests get no default"
            + " (BestEffort, evicted first) and nothing bounds a single container");
  }
}
