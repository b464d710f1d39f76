package dev.seaworthy.rules.security;

import dev.seaworthy.core.data.KubernetesVersion;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ContainerRule;
import dev.seaworthy.core.rule.Fix;
import dev.seaworthy.core.rule.PatchOp;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.ContainerView;
import dev.seaworthy.core.view.PodSpecView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reports once per regular or init container whose effective seccomp profile is missing or
 * Unconfined, on the container's own {@code seccompProfile.type} when it sets Unconfined itself,
 * otherwise on the container node. One finding per container (rather than one per pod) keeps the
 * container column of the report meaningful and lets a per-container exemption work.
 *
 * <p>The fix is offered only at pod level ({@code spec.securityContext.seccompProfile:
 * {type: RuntimeDefault}}) and only to containers that inherit the pod's profile, since a
 * container's own profile would override it. It also removes a legacy pod annotation, because the
 * API server rejects a pod whose seccomp annotation and field disagree.
 *
 * <p>The legacy annotations {@code seccomp.security.alpha.kubernetes.io/pod} and
 * {@code container.seccomp.security.alpha.kubernetes.io/<name>}: kubelets stopped reading them in
 * 1.25, and from 1.27 the API server no longer copies them into the fields either, so they are
 * non-functional. They count only when the target version is below 1.27, and otherwise the message
 * says they are ignored.
 */
@RuleInfo(
    id = "seccomp-profile-missing",
    title = "Container runs without a seccomp profile",
    severity = Severity.MEDIUM,
    category = Category.SECURITY,
    description = """
        Without a seccomp profile a container runs Unconfined (unless every kubelet enables \
        seccompDefault), so its processes can call every system call the kernel offers, including \
        the rarely used ones behind most container-escape exploits. The runtime's default profile \
        (RuntimeDefault) blocks those and is harmless for almost every application. The Pod \
        Security Standards restricted profile requires RuntimeDefault or Localhost. The old \
        seccomp annotations have been non-functional since Kubernetes 1.27.""",
    remediation = "Set `securityContext.seccompProfile.type: RuntimeDefault` in the pod securityContext (or Localhost with a reviewed profile).",
    references = {
      "https://kubernetes.io/docs/tutorials/security/seccomp/",
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted",
      "https://kubernetes.io/docs/reference/labels-annotations-taints/#seccomp-security-alpha-kubernetes-io-pod",
      "https://docs.aws.amazon.com/eks/latest/best-practices/pod-security.html"
    },
    equivalents = {
      "kube-score:container-seccomp-profile",
      "kubescape:C-0210",
      "checkov:CKV_K8S_31",
      "trivy:KSV-0030",
      "trivy:KSV-0104"
    },
    example = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: api
          annotations:
            seccomp.security.alpha.kubernetes.io/pod: runtime/default
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
          securityContext:
            seccompProfile:
              type: RuntimeDefault
          containers:
            - name: api
              image: api:1.4.2
        """)
public final class SeccompProfileMissing implements ContainerRule {

  static final String POD_ANNOTATION = "seccomp.security.alpha.kubernetes.io/pod";
  static final String CONTAINER_ANNOTATION_PREFIX = "container.seccomp.security.alpha.kubernetes.io/";
  private static final KubernetesVersion ANNOTATIONS_IGNORED = new KubernetesVersion(1, 27);

  /** Where the effective profile came from. */
  private enum Source {
    CONTAINER,
    CONTAINER_ANNOTATION,
    POD,
    POD_ANNOTATION,
    NONE
  }

  private record Profile(Source source, Optional<String> type, Node typeNode) {}

  @Override
  public boolean appliesTo(ContainerView container) {
    return PodFacts.isLinuxContainer(container);
  }

  @Override
  public List<Violation> check(ContainerView container, RuleContext context) {
    boolean legacyWorks = !context.targetVersion().atLeast(ANNOTATIONS_IGNORED);
    Profile profile = effective(container, legacyWorks);
    String type = profile.type().orElse("");
    if (profile.source() != Source.NONE && !type.equals("Unconfined")) {
      return List.of(); // RuntimeDefault, Localhost, or a value the API server rejects anyway
    }
    String message;
    Node at = container.node();
    if (profile.source() == Source.NONE) {
      message = container.describe() + " has no seccomp profile, so it runs Unconfined unless the kubelet enables seccompDefault"
          + ignoredAnnotationNote(container, legacyWorks, context.targetVersion());
    } else {
      message = container.describe() + " runs with seccomp profile Unconfined" + sourceNote(profile.source());
      if (profile.source() == Source.CONTAINER) {
        at = profile.typeNode();
      }
    }
    Violation v = Violation.of(at, message);
    if (profile.source() == Source.NONE || profile.source() == Source.POD || profile.source() == Source.POD_ANNOTATION) {
      v = v.withFix(podLevelFix(container.pod()));
    }
    return List.of(v);
  }

  private static Profile effective(ContainerView container, boolean legacyWorks) {
    Node own = container.securityContext().at("seccompProfile");
    if (own.isPresent()) {
      return new Profile(Source.CONTAINER, own.at("type").text(), own.at("type"));
    }
    Node annotations = container.pod().templateMetadata().at("annotations");
    if (legacyWorks) {
      Optional<String> fromAnnotation = annotationType(annotations.at(CONTAINER_ANNOTATION_PREFIX + container.name()));
      if (fromAnnotation.isPresent()) {
        return new Profile(Source.CONTAINER_ANNOTATION, fromAnnotation, annotations.at(CONTAINER_ANNOTATION_PREFIX + container.name()));
      }
    }
    Node podLevel = container.pod().securityContext().at("seccompProfile");
    if (podLevel.isPresent()) {
      return new Profile(Source.POD, podLevel.at("type").text(), podLevel.at("type"));
    }
    if (legacyWorks) {
      Optional<String> fromAnnotation = annotationType(annotations.at(POD_ANNOTATION));
      if (fromAnnotation.isPresent()) {
        return new Profile(Source.POD_ANNOTATION, fromAnnotation, annotations.at(POD_ANNOTATION));
      }
    }
    return new Profile(Source.NONE, Optional.empty(), container.node());
  }

  /** The field type a legacy annotation value stood for; empty for unknown values. */
  private static Optional<String> annotationType(Node annotation) {
    String value = annotation.textOr("").strip();
    if (value.equals("runtime/default") || value.equals("docker/default")) {
      return Optional.of("RuntimeDefault");
    }
    if (value.startsWith("localhost/")) {
      return Optional.of("Localhost");
    }
    if (value.equals("unconfined")) {
      return Optional.of("Unconfined");
    }
    return Optional.empty();
  }

  private static String sourceNote(Source source) {
    return switch (source) {
      case POD -> " (set in the pod securityContext)";
      case POD_ANNOTATION -> " (from the legacy annotation " + POD_ANNOTATION + ")";
      case CONTAINER_ANNOTATION -> " (from the legacy container seccomp annotation)";
      default -> "";
    };
  }

  private static String ignoredAnnotationNote(ContainerView container, boolean legacyWorks, KubernetesVersion target) {
    if (legacyWorks) {
      return "";
    }
    Node annotations = container.pod().templateMetadata().at("annotations");
    List<String> present = new ArrayList<>();
    if (annotations.at(CONTAINER_ANNOTATION_PREFIX + container.name()).isPresent()) {
      present.add(CONTAINER_ANNOTATION_PREFIX + container.name());
    }
    if (annotations.at(POD_ANNOTATION).isPresent()) {
      present.add(POD_ANNOTATION);
    }
    if (present.isEmpty()) {
      return "";
    }
    return "; the legacy annotation " + String.join(" and ", present)
        + " is ignored on Kubernetes " + target + " (kubelets stopped reading it in 1.25, and from 1.27 it no longer sets the field)";
  }

  private static Fix podLevelFix(PodSpecView pod) {
    List<PatchOp> ops = new ArrayList<>();
    ops.add(PodFacts.set(pod.spec(), pod.specPointer(), Map.of("type", "RuntimeDefault"), "securityContext", "seccompProfile"));
    if (pod.templateMetadata().at("annotations", POD_ANNOTATION).isPresent()) {
      ops.add(PatchOp.remove(pod.metadataPointer() + "/annotations/" + PatchOp.escape(POD_ANNOTATION)));
    }
    return new Fix("Set seccompProfile RuntimeDefault in the pod securityContext", ops);
  }
}
