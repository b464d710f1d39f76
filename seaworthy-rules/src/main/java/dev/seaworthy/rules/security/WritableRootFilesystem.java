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

/** Fires unless the container's own securityContext sets readOnlyRootFilesystem to the boolean true. */
@RuleInfo(
    id = "writable-root-filesystem",
    title = "Container root filesystem is writable",
    severity = Severity.MEDIUM,
    category = Category.SECURITY,
    description = """
        With a writable root filesystem an attacker who gets code execution can drop tools, modify \
        binaries and configuration, and persist for the life of the container; it also hides state \
        that should live on a volume. A read-only root filesystem, with emptyDir volumes for the few \
        paths the process writes (such as /tmp), removes that foothold.""",
    remediation = "Set `securityContext.readOnlyRootFilesystem: true` and mount an emptyDir for each path the process must write.",
    references = {
      "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/",
      "https://docs.aws.amazon.com/eks/latest/best-practices/pod-security.html"
    },
    equivalents = {
      "polaris:notReadOnlyRootFilesystem",
      "kube-score:container-security-context-readonlyrootfilesystem",
      "kube-linter:no-read-only-root-fs",
      "kubescape:C-0017",
      "checkov:CKV_K8S_22",
      "trivy:KSV-0014",
      "hardeneks:check_read_only_root_file_system"
    },
    example = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: api
        spec:
          containers:
            - name: api
              image: api:1.4.2
        """,
    fixedExample = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: api
        spec:
          containers:
            - name: api
              image: api:1.4.2
              securityContext:
                readOnlyRootFilesystem: true
              volumeMounts:
                - name: tmp
                  mountPath: /tmp
          volumes:
            - name: tmp
              emptyDir: {}
        """)
public final class WritableRootFilesystem implements ContainerRule {

  @Override
  public boolean appliesTo(ContainerView container) {
    return PodFacts.isLinuxContainer(container);
  }

  @Override
  public List<Violation> check(ContainerView container, RuleContext context) {
    Node field = container.securityContext().at("readOnlyRootFilesystem");
    if (PodFacts.isTrue(field)) {
      return List.of();
    }
    String message;
    if (PodFacts.isFalse(field)) {
      message = container.describe() + " sets readOnlyRootFilesystem: false";
    } else if (field.isPresent()) {
      message = container.describe() + " has a writable root filesystem" + PodFacts.stringNote(field, "readOnlyRootFilesystem");
    } else {
      message = container.describe() + " has a writable root filesystem (readOnlyRootFilesystem is not set)";
    }
    return List.of(
        Violation.of(field.isMissing() ? container.node() : field, message)
            .withFix(Fix.of("Set readOnlyRootFilesystem to true", PodFacts.setInContainer(container, true, "readOnlyRootFilesystem"))));
  }
}
