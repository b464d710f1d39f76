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
    id = "cpu-limit-missing",
    title = "Container has no CPU limit",
    severity = Severity.LOW,
    category = Category.RESOURCES,
    checklist = {ChecklistItem.RESOURCE_QUOTAS},
    description = """
        A container without a CPU limit can use idle CPU on its node beyond its request. The EKS Best \
        Practices Guide asks every container to declare requests and limits, and some teams require \
        CPU limits to cap noisy neighbours, so the check exists. It is off by default because a CPU \
        limit is enforced by CFS quota throttling: a latency-sensitive or multi-threaded service can \
        be throttled in short bursts while the node has idle CPU, which raises tail latency without \
        any visible error, whereas the CPU request already guarantees the container its share under \
        contention. Users of peer tools pushed back on CPU limits demanded by default (kube-score \
        added --ignore-container-cpu-limit; Polaris and Kubescape users asked for an opt-out), so \
        Seaworthy keeps this rule separate from the on-by-default memory-limit rule. It stays silent \
        when pod-level resources or a type Container LimitRange in the same namespace (default or \
        max) set the limit.""",
    remediation = "Set `resources.limits.cpu` if your policy requires CPU limits, sized well above the request so throttling stays rare.",
    references = {
      "https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/",
      "https://kubernetes.io/docs/concepts/policy/limit-range/",
      "https://docs.aws.amazon.com/eks/latest/best-practices/cost-opt-compute.html"
    },
    equivalents = {
      "polaris:cpuLimitsMissing",
      "kube-score:container-resources",
      "kubescape:C-0270",
      "kubescape:C-0050",
      "kubescape:C-0009",
      "checkov:CKV_K8S_11",
      "trivy:KSV-0011",
      "hardeneks:set_requests_limits_for_containers"
    },
    enabledByDefault = false,
    example = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: batch
        spec:
          selector:
            matchLabels: {app: batch}
          template:
            metadata:
              labels: {app: batch}
            spec:
              containers:
                - name: worker
                  image: example.com/worker:3.1.0
                  resources:
                    requests:
                      cpu: 500m
                      memory: 512Mi
                    limits:
                      memory: 512Mi
        """,
    fixedExample = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: batch
        spec:
          selector:
            matchLabels: {app: batch}
          template:
            metadata:
              labels: {app: batch}
            spec:
              containers:
                - name: worker
                  image: example.com/worker:3.1.0
                  resources:
                    requests:
                      cpu: 500m
                      memory: 512Mi
                    limits:
                      cpu: "2"
                      memory: 512Mi
        """)
public final class CpuLimitMissing implements ContainerRule {

  @Override
  public boolean appliesTo(ContainerView container) {
    return MissingResource.applies(container);
  }

  @Override
  public List<Violation> check(ContainerView container, RuleContext context) {
    return MissingResource.check(container, context, Side.LIMIT, "cpu", "CPU");
  }
}
