package dev.seaworthy.rules.security;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.PodSpecRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.ContainerView;
import dev.seaworthy.core.view.PodSpecView;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports each explicit GID 0 once, on the field that sets it: a container's own runAsGroup, the
 * pod's runAsGroup when at least one regular or init container inherits it, the pod's fsGroup and
 * any 0 in the pod's supplementalGroups. An unset runAsGroup is left alone: the image decides, and
 * the run-as-root rule already covers the unknown-user case.
 */
@RuleInfo(
    id = "run-as-root-group",
    title = "Pod runs with the root group",
    severity = Severity.LOW,
    category = Category.SECURITY,
    description = """
        A process whose primary or supplementary group is GID 0 can read and write every file on \
        mounted volumes and host paths that is group-owned by root, which on most nodes includes \
        configuration and credentials. fsGroup: 0 also makes every mounted volume root-group \
        owned. The Pod Security Standards restricted profile forbids explicit root groups.""",
    remediation = "Use a non-zero `runAsGroup` and `fsGroup` (for example 10001) in the pod securityContext.",
    references = {
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted",
      "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/",
      "https://docs.aws.amazon.com/eks/latest/best-practices/pod-security.html"
    },
    equivalents = {"kube-linter:run-as-non-root", "trivy:KSV-0116"},
    example = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          securityContext:
            runAsUser: 10001
            runAsGroup: 0
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
            runAsUser: 10001
            runAsGroup: 10001
          containers:
            - name: web
              image: nginx:1.27
        """)
public final class RunAsRootGroup implements PodSpecRule {

  @Override
  public boolean appliesTo(PodSpecView pod) {
    return !PodFacts.isWindows(pod);
  }

  @Override
  public List<Violation> check(PodSpecView pod, RuleContext context) {
    List<Violation> out = new ArrayList<>();
    List<ContainerView> containers =
        pod.allContainers().stream().filter(c -> c.type() != ContainerView.Type.EPHEMERAL).toList();
    Node podGroup = pod.securityContext().at("runAsGroup");
    if (isZero(podGroup)) {
      List<String> inheriting =
          containers.stream().filter(c -> !c.securityContext().at("runAsGroup").isPresent()).map(ContainerView::describe).toList();
      if (!inheriting.isEmpty()) {
        out.add(Violation.of(podGroup, "pod securityContext sets runAsGroup: 0, the root group, for " + String.join(", ", inheriting)));
      }
    }
    for (ContainerView c : containers) {
      Node own = c.securityContext().at("runAsGroup");
      if (isZero(own)) {
        out.add(Violation.of(own, c.describe() + " runs with runAsGroup: 0, the root group"));
      }
    }
    Node fsGroup = pod.securityContext().at("fsGroup");
    if (isZero(fsGroup)) {
      out.add(Violation.of(fsGroup, "pod securityContext sets fsGroup: 0, so mounted volumes are owned by the root group"));
    }
    for (Node gid : pod.securityContext().at("supplementalGroups").items()) {
      if (isZero(gid)) {
        out.add(Violation.of(gid, "pod securityContext adds the root group (GID 0) to supplementalGroups"));
      }
    }
    return out;
  }

  private static boolean isZero(Node node) {
    return node.asLong().isPresent() && node.asLong().getAsLong() == 0;
  }
}
