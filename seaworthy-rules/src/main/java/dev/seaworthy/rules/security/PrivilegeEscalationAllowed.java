package dev.seaworthy.rules.security;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ContainerRule;
import dev.seaworthy.core.rule.Fix;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.ContainerView;
import java.util.List;

/**
 * Fires unless {@code allowPrivilegeEscalation} is the boolean {@code false}: when it is unset the
 * kubelet does not set no_new_privs, so set-user-ID binaries still work. A privileged container or
 * one that adds SYS_ADMIN cannot turn it off (the API server rejects the combination), so no fix is
 * offered there and the message says what has to go first.
 */
@RuleInfo(
    id = "privilege-escalation-allowed",
    title = "Container allows privilege escalation",
    severity = Severity.MEDIUM,
    category = Category.SECURITY,
    description = """
        Unless allowPrivilegeEscalation is false, the kubelet does not set no_new_privs on the \
        container process, so a set-user-ID binary or file capability in the image lets an attacker \
        who gets code execution gain more privileges than the process started with. The field \
        defaults to allowing escalation, and it is forced on for privileged containers and for \
        containers that add CAP_SYS_ADMIN. The Pod Security Standards restricted profile requires it \
        to be false.""",
    remediation = "Set `securityContext.allowPrivilegeEscalation: false` on every container.",
    references = {
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted",
      "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/",
      "https://docs.aws.amazon.com/eks/latest/best-practices/pod-security.html"
    },
    equivalents = {
      "polaris:privilegeEscalationAllowed",
      "kube-linter:privilege-escalation-container",
      "kubescape:C-0016",
      "checkov:CKV_K8S_20",
      "trivy:KSV-0001",
      "hardeneks:disallow_privilege_escalation"
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
                  securityContext:
                    allowPrivilegeEscalation: false
        """)
public final class PrivilegeEscalationAllowed implements ContainerRule {

  @Override
  public boolean appliesTo(ContainerView container) {
    return PodFacts.isLinuxContainer(container);
  }

  @Override
  public List<Violation> check(ContainerView container, RuleContext context) {
    Node field = container.securityContext().at("allowPrivilegeEscalation");
    if (PodFacts.isFalse(field)) {
      return List.of();
    }
    String forcedBy = forcedBy(container);
    StringBuilder message = new StringBuilder(container.describe());
    if (PodFacts.isTrue(field)) {
      message.append(" sets allowPrivilegeEscalation: true");
    } else if (field.isPresent()) {
      message.append(" does not disable privilege escalation").append(PodFacts.stringNote(field, "allowPrivilegeEscalation"));
    } else {
      message.append(" allows privilege escalation (allowPrivilegeEscalation is unset)");
    }
    if (forcedBy != null) {
      message.append("; ").append(forcedBy).append(" forces it on, so remove that first");
    }
    Node at = field.isMissing() ? container.node() : field;
    Violation v = Violation.of(at, message.toString());
    if (forcedBy == null) {
      v = v.withFix(Fix.of("Set allowPrivilegeEscalation to false", PodFacts.setInContainer(container, false, "allowPrivilegeEscalation")));
    }
    return List.of(v);
  }

  /** What makes escalation impossible to switch off, or null. */
  private static String forcedBy(ContainerView container) {
    Node sc = container.securityContext();
    if (PodFacts.isTrue(sc.at("privileged"))) {
      return "privileged: true";
    }
    boolean sysAdmin =
        sc.at("capabilities", "add").items().stream()
            .map(PodFacts::capabilityName)
            .anyMatch(n -> n.isPresent() && n.get().equals("SYS_ADMIN"));
    return sysAdmin ? "the added SYS_ADMIN capability" : null;
  }
}
