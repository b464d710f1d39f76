package dev.seaworthy.rules.resources;

import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.core.rule.ContainerRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.ContainerView;
import dev.seaworthy.rules.resources.ResourceDefaults.Side;
import java.util.List;

@RuleInfo(
    id = "memory-limit-missing",
    title = "Container has no memory limit",
    severity = Severity.MEDIUM,
    category = Category.RESOURCES,
    checklist = {ChecklistItem.RESOURCE_QUOTAS},
    description = """
        Memory cannot be throttled: a container without a memory limit can grow until the node \
        itself runs out, and then the kernel OOM killer and kubelet eviction take down neighbouring \
        pods as well as the leaking one. A limit confines the damage to the container that \
        overreaches (it is OOM-killed and restarted). The rule stays silent when Kubernetes will fill \
        the limit in: from pod-level resources or from a type Container LimitRange in the same \
        namespace (default or max).""",
    remediation = "Set `resources.limits.memory`, usually equal to the memory request, above the container's peak working set.",
    references = {
      "https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/",
      "https://kubernetes.io/docs/concepts/policy/limit-range/",
      "https://docs.aws.amazon.com/eks/latest/best-practices/cost-opt-compute.html"
    },
    equivalents = {
      "polaris:memoryLimitsMissing",
      "kube-score:container-resources",
      "kube-linter:unset-memory-requirements",
      "kubescape:C-0271",
      "kubescape:C-0004",
      "kubescape:C-0009",
      "checkov:CKV_K8S_13",
      "trivy:KSV-0018",
      "hardeneks:set_requests_limits_for_containers"
    },
    example = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: api
        spec:
          selector:
            matchLabels: {app: api}
          template:
            metadata:
              labels: {app: api}
            spec:
              containers:
                - name: api
                  image: example.com/api:2.4.1
                  resources:
                    requests:
                      cpu: 250m
                      memory: 256Mi
        """,
    fixedExample = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: api
        spec:
          selector:
            matchLabels: {app: api}
          template:
            metadata:
              labels: {app: api}
            spec:
              containers:
                - name: api
                  image: example.com/api:2.4.1
                  resources:
                    requests:
                      cpu: 250m
                      memory: 256Mi
                    limits:
                      memory: 256Mi
        """)
public final class MemoryLimitMissing implements ContainerRule {

  @Override
  public boolean appliesTo(ContainerView container) {
    return MissingResource.applies(container);
  }

  @Override
  public List<Violation> check(ContainerView container, RuleContext context) {
    return MissingResource.check(container, context, Side.LIMIT, "memory", "memory");
  }
}
