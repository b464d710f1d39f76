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
import java.util.OptionalLong;

/**
 * Judges the effective runAsUser and runAsNonRoot (container over pod). An explicit UID above 0 is
 * enough on its own: the kubelet runs the process as that UID whatever the image says. Without a
 * UID, only runAsNonRoot: true proves the container cannot start as root. A UID that is not an
 * integer is a validity problem, not ours, so it stays quiet.
 */
@RuleInfo(
    id = "run-as-root",
    title = "Container may run as root",
    severity = Severity.HIGH,
    category = Category.SECURITY,
    description = """
        A process that runs as UID 0 in the container is root on the node's kernel: one container \
        escape or writable host mount away from owning the node, its kubelet credentials and the \
        node IAM role. Unless the pod or container sets a non-zero runAsUser or runAsNonRoot: true, \
        the image's USER decides, and most base images default to root. The Pod Security Standards \
        restricted profile requires runAsNonRoot: true.""",
    remediation = "Set `runAsNonRoot: true` and a non-zero `runAsUser` in the pod or container securityContext, and build the image to run as that user.",
    references = {
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted",
      "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/",
      "https://docs.aws.amazon.com/eks/latest/best-practices/pod-security.html"
    },
    equivalents = {
      "polaris:runAsRootAllowed",
      "kube-linter:run-as-non-root",
      "kubescape:C-0013",
      "checkov:CKV_K8S_23",
      "trivy:KSV-0012",
      "trivy:KSV-0105",
      "hardeneks:disable_run_as_root_user"
    },
    example = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
            - name: web
              image: nginx:1.27
        """,
    fixedExample = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          securityContext:
            runAsNonRoot: true
            runAsUser: 10001
          containers:
            - name: web
              image: nginx:1.27
        """)
public final class RunAsRoot implements ContainerRule {

  @Override
  public boolean appliesTo(ContainerView container) {
    return PodFacts.isLinuxContainer(container);
  }

  @Override
  public List<Violation> check(ContainerView container, RuleContext context) {
    Node user = container.effectiveSecurity("runAsUser");
    Node nonRoot = container.effectiveSecurity("runAsNonRoot");
    boolean ownUser = container.securityContext().at("runAsUser").isPresent();
    boolean ownNonRoot = container.securityContext().at("runAsNonRoot").isPresent();
    if (user.isPresent()) {
      OptionalLong uid = user.asLong();
      if (uid.isEmpty() || uid.getAsLong() != 0) {
        return List.of();
      }
      String message = container.describe() + " runs as UID 0 (root)" + (ownUser ? "" : ", set by the pod securityContext");
      if (PodFacts.isTrue(nonRoot)) {
        message += "; runAsNonRoot is true as well, so the kubelet refuses to start it";
      }
      return Violation.one(ownUser ? user : container.node(), message);
    }
    if (PodFacts.isTrue(nonRoot)) {
      return List.of();
    }
    String message = container.describe() + " may run as root: no runAsUser is set and ";
    if (!nonRoot.isPresent()) {
      message += "runAsNonRoot is not set, so the image's USER decides";
    } else {
      message += "runAsNonRoot is not true" + (ownNonRoot ? "" : " in the pod securityContext")
          + PodFacts.stringNote(nonRoot, "runAsNonRoot");
    }
    return Violation.one(ownNonRoot ? nonRoot : container.node(), message);
  }
}
