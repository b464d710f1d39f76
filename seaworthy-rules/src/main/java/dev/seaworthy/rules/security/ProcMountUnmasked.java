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

/** Fires when the container's own {@code securityContext.procMount} is {@code Unmasked}. */
@RuleInfo(
    id = "proc-mount-unmasked",
    title = "Container unmasks /proc",
    severity = Severity.HIGH,
    category = Category.SECURITY,
    description = """
        The container runtime masks and makes read-only the parts of /proc that expose or control \
        the host kernel (such as /proc/sys, /proc/sysrq-trigger and /proc/kcore). procMount: \
        Unmasked removes those protections and leaves the container's user namespace as the only \
        barrier between its processes and the node's kernel interfaces; it exists for nested \
        container builds, not for applications. The Pod Security Standards baseline profile allows \
        only the Default proc mount.""",
    remediation = "Remove `procMount: Unmasked` (or set it to `Default`).",
    references = {
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
      "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/"
    },
    equivalents = {"polaris:procMount", "kube-linter:unsafe-proc-mount", "trivy:KSV-0027"},
    example = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: nested
        spec:
          hostUsers: false
          containers:
            - name: nested
              image: builder:1.0
              securityContext:
                procMount: Unmasked
        """,
    fixedExample = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: nested
        spec:
          hostUsers: false
          containers:
            - name: nested
              image: builder:1.0
              securityContext:
                procMount: Default
        """)
public final class ProcMountUnmasked implements ContainerRule {

  @Override
  public boolean appliesTo(ContainerView container) {
    return PodFacts.isLinuxContainer(container);
  }

  @Override
  public List<Violation> check(ContainerView container, RuleContext context) {
    Node procMount = container.securityContext().at("procMount");
    if (!procMount.textOr("").equals("Unmasked")) {
      return List.of();
    }
    return Violation.one(procMount, container.describe() + " sets procMount: Unmasked, exposing the node's kernel interfaces in /proc");
  }
}
