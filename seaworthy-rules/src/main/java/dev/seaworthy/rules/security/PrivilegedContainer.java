package dev.seaworthy.rules.security;

import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ContainerRule;
import dev.seaworthy.core.rule.Fix;
import dev.seaworthy.core.rule.PatchOp;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.view.ContainerView;
import java.util.List;

@RuleInfo(
    id = "privileged-container",
    title = "Container runs privileged",
    severity = Severity.CRITICAL,
    category = Category.SECURITY,
    description = """
        A privileged container gets every capability and all host devices: root in it is root on the \
        node, and from the node it can read every other pod's secrets and the node's IAM role. The Pod \
        Security Standards forbid it from the baseline profile up.""",
    remediation = "Remove `privileged: true`; grant the one capability the process needs instead.",
    references = {
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
      "https://docs.aws.amazon.com/eks/latest/best-practices/pod-security.html"
    },
    equivalents = {
      "polaris:runAsPrivileged",
      "kube-score:container-security-context-privileged",
      "kube-linter:privileged-container",
      "kubescape:C-0057",
      "checkov:CKV_K8S_16",
      "trivy:KSV-0017"
    },
    example = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: debug
        spec:
          containers:
            - name: shell
              image: busybox:1.36
              securityContext:
                privileged: true
        """,
    fixedExample = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: debug
        spec:
          containers:
            - name: shell
              image: busybox:1.36
              securityContext:
                privileged: false
        """)
public final class PrivilegedContainer implements ContainerRule {

  @Override
  public List<Violation> check(ContainerView container, RuleContext context) {
    Node privileged = container.securityContext().at("privileged");
    if (!privileged.asBoolean().orElse(false)) {
      return List.of();
    }
    return List.of(
        Violation.of(privileged, container.describe() + " runs privileged")
            .withFix(Fix.of("Set privileged to false", PatchOp.replace(container.pointer() + "/securityContext/privileged", false))));
  }
}
