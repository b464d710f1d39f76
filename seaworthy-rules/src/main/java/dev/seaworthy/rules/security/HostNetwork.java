package dev.seaworthy.rules.security;

import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.PodSpecRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.PodSpecView;
import java.util.List;

/** Fires when {@code spec.hostNetwork} is the boolean true; a quoted "true" is not a boolean. */
@RuleInfo(
    id = "host-network",
    title = "Pod shares the host network namespace",
    severity = Severity.HIGH,
    category = Category.SECURITY,
    description = """
        A pod with hostNetwork: true uses the node's network stack: it can bind any node port, \
        observe the node's traffic and reach services bound only to the node's loopback interface. \
        It takes the node's IP, so security groups for pods and NetworkPolicies, whose behaviour for \
        host-network pods Kubernetes leaves undefined, no longer isolate it. The Pod Security \
        Standards baseline profile forbids it.""",
    remediation = "Remove `hostNetwork: true`; expose the pod through a Service instead.",
    references = {
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
      "https://docs.aws.amazon.com/eks/latest/best-practices/pod-security.html"
    },
    equivalents = {
      "polaris:hostNetworkSet",
      "kube-linter:host-network",
      "kubescape:C-0041",
      "checkov:CKV_K8S_19",
      "trivy:KSV-0009"
    },
    example = """
        apiVersion: apps/v1
        kind: DaemonSet
        metadata:
          name: agent
        spec:
          selector:
            matchLabels: {app: agent}
          template:
            metadata:
              labels: {app: agent}
            spec:
              hostNetwork: true
              containers:
                - name: agent
                  image: agent:1.0
        """,
    fixedExample = """
        apiVersion: apps/v1
        kind: DaemonSet
        metadata:
          name: agent
        spec:
          selector:
            matchLabels: {app: agent}
          template:
            metadata:
              labels: {app: agent}
            spec:
              hostNetwork: false
              containers:
                - name: agent
                  image: agent:1.0
        """)
public final class HostNetwork implements PodSpecRule {

  @Override
  public List<Violation> check(PodSpecView pod, RuleContext context) {
    return PodFacts.hostNamespaceFlag(pod, "hostNetwork", "network");
  }
}
