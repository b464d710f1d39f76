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
    id = "cpu-request-missing",
    title = "Container has no CPU request",
    severity = Severity.MEDIUM,
    category = Category.RESOURCES,
    checklist = {ChecklistItem.RESOURCE_QUOTAS},
    description = """
        The scheduler places pods by their requests: a container without a CPU request counts as \
        needing no CPU, so nodes get overpacked and the container gets the smallest CPU share when \
        the node is busy. Cluster Autoscaler and Karpenter size nodes from requests, and a \
        HorizontalPodAutoscaler on CPU utilisation takes no action for a pod whose containers lack a \
        CPU request. The rule stays silent when Kubernetes will fill the request in: from the \
        container's own CPU limit, from pod-level resources, or from a type Container LimitRange in \
        the same namespace (defaultRequest, default, max or min).""",
    remediation = "Set `resources.requests.cpu` to the CPU the container typically uses, measured or from a VPA recommendation.",
    references = {
      "https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/",
      "https://kubernetes.io/docs/concepts/policy/limit-range/",
      "https://docs.aws.amazon.com/eks/latest/best-practices/cost-opt-compute.html"
    },
    equivalents = {
      "polaris:cpuRequestsMissing",
      "kube-score:container-resources",
      "kube-linter:unset-cpu-requirements",
      "kubescape:C-0268",
      "kubescape:C-0050",
      "checkov:CKV_K8S_10",
      "trivy:KSV-0015",
      "hardeneks:set_requests_limits_for_containers"
    },
    example = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          selector:
            matchLabels: {app: web}
          template:
            metadata:
              labels: {app: web}
            spec:
              containers:
                - name: web
                  image: nginx:1.27
                  resources:
                    requests:
                      memory: 128Mi
        """,
    fixedExample = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          selector:
            matchLabels: {app: web}
          template:
            metadata:
              labels: {app: web}
            spec:
              containers:
                - name: web
                  image: nginx:1.27
                  resources:
                    requests:
                      cpu: 100m
                      memory: 128Mi
        """)
public final class CpuRequestMissing implements ContainerRule {

  @Override
  public boolean appliesTo(ContainerView container) {
    return MissingResource.applies(container);
  }

  @Override
  public List<Violation> check(ContainerView container, RuleContext context) {
    return MissingResource.check(container, context, Side.REQUEST, "cpu", "CPU");
  }
}
