package dev.seaworthy.rules.security;

import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.PodSpecRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.PodSpecView;
import java.util.List;

/** Fires when {@code spec.hostIPC} is the boolean true; a quoted "true" is not a boolean. */
@RuleInfo(
    id = "host-ipc",
    title = "Pod shares the host IPC namespace",
    severity = Severity.HIGH,
    category = Category.SECURITY,
    description = """
        A pod with hostIPC: true shares System V IPC and POSIX shared memory with every process on \
        the node, so it can read or corrupt data other workloads keep in shared memory. The Pod \
        Security Standards baseline profile forbids it.""",
    remediation = "Remove `hostIPC: true`.",
    references = {
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
      "https://docs.aws.amazon.com/eks/latest/best-practices/pod-security.html"
    },
    equivalents = {
      "polaris:hostIPCSet",
      "kube-linter:host-ipc",
      "kubescape:C-0038",
      "checkov:CKV_K8S_18",
      "trivy:KSV-0008"
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
              hostIPC: true
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
              hostIPC: false
              containers:
                - name: agent
                  image: agent:1.0
        """)
public final class HostIpc implements PodSpecRule {

  @Override
  public List<Violation> check(PodSpecView pod, RuleContext context) {
    return PodFacts.hostNamespaceFlag(pod, "hostIPC", "IPC");
  }
}
