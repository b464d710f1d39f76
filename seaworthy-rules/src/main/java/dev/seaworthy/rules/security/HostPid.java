package dev.seaworthy.rules.security;

import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.PodSpecRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.PodSpecView;
import java.util.List;

/** Fires when {@code spec.hostPID} is the boolean true; a quoted "true" is not a boolean. */
@RuleInfo(
    id = "host-pid",
    title = "Pod shares the host process namespace",
    severity = Severity.HIGH,
    category = Category.SECURITY,
    description = """
        A pod with hostPID: true sees every process on the node, can read their environment \
        variables and command lines (which often carry credentials) and, with enough privileges, \
        signal or ptrace them. The Pod Security Standards baseline profile forbids it.""",
    remediation = "Remove `hostPID: true`; use shareProcessNamespace if containers of one pod must see each other.",
    references = {
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
      "https://docs.aws.amazon.com/eks/latest/best-practices/pod-security.html"
    },
    equivalents = {
      "polaris:hostPIDSet",
      "kube-linter:host-pid",
      "kubescape:C-0038",
      "checkov:CKV_K8S_17",
      "trivy:KSV-0010"
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
              hostPID: true
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
              hostPID: false
              containers:
                - name: agent
                  image: agent:1.0
        """)
public final class HostPid implements PodSpecRule {

  @Override
  public List<Violation> check(PodSpecView pod, RuleContext context) {
    return PodFacts.hostNamespaceFlag(pod, "hostPID", "process");
  }
}
