package dev.seaworthy.rules.security;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ContainerRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.ContainerView;
import java.util.List;

/**
 * Effective {@code windowsOptions.hostProcess}: the kubelet merges windowsOptions field by field,
 * so a container's own hostProcess wins and the pod's applies otherwise, even when the container
 * sets other windowsOptions fields.
 */
@RuleInfo(
    id = "host-process",
    title = "Windows container runs as a HostProcess container",
    severity = Severity.HIGH,
    category = Category.SECURITY,
    description = """
        A Windows HostProcess container runs directly on the node, in the host's network and \
        process namespaces, with access to the host filesystem and, typically, as SYSTEM or an \
        administrator: it is the Windows equivalent of a privileged container. The Pod Security \
        Standards baseline profile forbids it.""",
    remediation = "Remove `windowsOptions.hostProcess: true`; reserve HostProcess containers for node agents in a dedicated, tightly controlled namespace.",
    references = {
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
      "https://kubernetes.io/docs/tasks/configure-pod-container/create-hostprocess-pod/"
    },
    equivalents = {"polaris:hostProcess", "kubescape:C-0202", "trivy:KSV-0103"},
    example = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: win-agent
        spec:
          os: {name: windows}
          hostNetwork: true
          securityContext:
            windowsOptions:
              hostProcess: true
              runAsUserName: "NT AUTHORITY\\\\SYSTEM"
          containers:
            - name: agent
              image: agent:1.0-windows
        """,
    fixedExample = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: win-agent
        spec:
          os: {name: windows}
          containers:
            - name: agent
              image: agent:1.0-windows
        """)
public final class HostProcess implements ContainerRule {

  @Override
  public boolean appliesTo(ContainerView container) {
    return container.type() != ContainerView.Type.EPHEMERAL;
  }

  @Override
  public List<Violation> check(ContainerView container, RuleContext context) {
    Node own = container.securityContext().at("windowsOptions", "hostProcess");
    if (own.isPresent()) {
      return PodFacts.isTrue(own) ? Violation.one(own, container.describe() + " runs as a Windows HostProcess container") : List.of();
    }
    Node inherited = container.pod().securityContext().at("windowsOptions", "hostProcess");
    if (PodFacts.isTrue(inherited)) {
      return Violation.one(container.node(), container.describe() + " runs as a Windows HostProcess container (hostProcess: true in the pod securityContext)");
    }
    return List.of();
  }
}
