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
    id = "namespace-resource-quota-missing",
    title = "Namespace runs workloads without a ResourceQuota",
    severity = Severity.LOW,
    category = Category.RESOURCES,
    checklist = {ChecklistItem.RESOURCE_QUOTAS},
    description = """
        A ResourceQuota caps what one namespace may request in total (CPU, memory, storage, load \
        balancers). Without one, a runaway deployment, a misconfigured HorizontalPodAutoscaler or a \
        leaked Job in one team's namespace can take the cluster's capacity, make the Cluster \
        Autoscaler or Karpenter add nodes (and cost) without bound, and starve other namespaces. \
        Judged for each namespace where the audited input runs workloads, reported once (on the \
        Namespace object if present, else on the namespace's first workload); kube-system, \
        kube-public and kube-node-lease are skipped. A quota applied outside the audited input \
        cannot be seen, so the finding says it was not found.""",
    remediation = "Add a ResourceQuota to the namespace with hard limits on requests.cpu, requests.memory, limits.memory and the object counts the team needs.",
    references = {
      "https://kubernetes.io/docs/concepts/policy/resource-quotas/",
      "https://docs.aws.amazon.com/eks/latest/best-practices/tenant-isolation.html"
    },
    equivalents = {"hardeneks:ensure_namespace_quotas_exist", "trivy:KSV-0040"},
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
        kind: ResourceQuota
        metadata:
          name: compute
          namespace: shop
        spec:
          hard:
            requests.cpu: "20"
            requests.memory: 40Gi
            limits.memory: 40Gi
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
public final class NamespaceResourceQuotaMissing implements InventoryRule {

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
    if (context.inventory().ofKind("ResourceQuota", namespace).stream().anyMatch(q -> q.group().isEmpty())) {
      return List.of();
    }
    return Violation.one(
        subject.get().anchor(),
        "namespace \"" + namespace + "\" runs " + subject.get().describeWorkloads()
            + " but no ResourceQuota for it was found in the audited input: nothing caps what the namespace can request,"
            + " so one runaway workload or autoscaler can take the cluster's capacity and grow the node count without bound");
  }
}
