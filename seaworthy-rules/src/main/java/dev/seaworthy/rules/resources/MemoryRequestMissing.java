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
    id = "memory-request-missing",
    title = "Container has no memory request",
    severity = Severity.MEDIUM,
    category = Category.RESOURCES,
    checklist = {ChecklistItem.RESOURCE_QUOTAS},
    description = """
        A container without a memory request counts as needing no memory, so the scheduler can pack \
        its pod onto a node that cannot hold it, and node autoscalers (Cluster Autoscaler, Karpenter) \
        size capacity without it. When the node runs short of memory the kubelet evicts pods whose \
        usage exceeds their requests first, so this container is among the first to go. The rule \
        stays silent when Kubernetes will fill the request in: from the container's own memory \
        limit, from pod-level resources, or from a type Container LimitRange in the same namespace \
        (defaultRequest, default, max or min).""",
    remediation = "Set `resources.requests.memory` to the container's steady-state working set, measured or from a VPA recommendation.",
    references = {
      "https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/",
      "https://kubernetes.io/docs/concepts/policy/limit-range/",
      "https://kubernetes.io/docs/concepts/scheduling-eviction/node-pressure-eviction/",
      "https://docs.aws.amazon.com/eks/latest/best-practices/cost-opt-compute.html"
    },
    equivalents = {
      "polaris:memoryRequestsMissing",
      "kube-score:container-resources",
      "kubescape:C-0269",
      "kubescape:C-0004",
      "checkov:CKV_K8S_12",
      "trivy:KSV-0016",
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
        """)
public final class MemoryRequestMissing implements ContainerRule {

  @Override
  public boolean appliesTo(ContainerView container) {
    return MissingResource.applies(container);
  }

  @Override
  public List<Violation> check(ContainerView container, RuleContext context) {
    return MissingResource.check(container, context, Side.REQUEST, "memory", "memory");
  }
}
