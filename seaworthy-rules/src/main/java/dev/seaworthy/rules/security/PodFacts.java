package dev.seaworthy.rules.security;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.rule.Fix;
import dev.seaworthy.core.rule.PatchOp;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.ContainerView;
import dev.seaworthy.core.view.PodSpecView;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Facts about pods and containers that several security rules share. */
final class PodFacts {

  private PodFacts() {}

  /**
   * Whether the pod runs on Windows nodes, where the Linux security-context fields (runAsUser,
   * capabilities, seccomp, procMount, readOnlyRootFilesystem, allowPrivilegeEscalation) have no
   * effect. {@code spec.os.name} says so authoritatively; a {@code kubernetes.io/os: windows} node
   * selector and a HostProcess pod say so just as surely, so they count too.
   */
  static boolean isWindows(PodSpecView pod) {
    Node spec = pod.spec();
    if (spec.at("os", "name").textOr("").equals("windows")) {
      return true;
    }
    if (spec.at("nodeSelector", "kubernetes.io/os").textOr("").equals("windows")) {
      return true;
    }
    if (isTrue(pod.securityContext().at("windowsOptions", "hostProcess"))) {
      return true;
    }
    // HostProcess must be uniform across a pod's containers, so one container setting it is enough.
    return pod.allContainers().stream().anyMatch(c -> isTrue(c.securityContext().at("windowsOptions", "hostProcess")));
  }

  /** Regular and init containers of Linux pods: the scope of the Linux-only container checks. */
  static boolean isLinuxContainer(ContainerView container) {
    return container.type() != ContainerView.Type.EPHEMERAL && !isWindows(container.pod());
  }

  static boolean isTrue(Node node) {
    return node.asBoolean().orElse(false);
  }

  /**
   * The host-namespace rules: a pod-spec boolean that must not be true. One violation on the field,
   * with the fix that sets it to false.
   */
  static List<Violation> hostNamespaceFlag(PodSpecView pod, String field, String namespace) {
    Node value = pod.spec().at(field);
    if (!isTrue(value)) {
      return List.of();
    }
    return List.of(
        Violation.of(value, "pod uses the node's " + namespace + " namespace (" + field + ": true)")
            .withFix(Fix.of("Set " + field + " to false", PatchOp.replace(pod.specPointer() + "/" + field, false))));
  }

  static boolean isFalse(Node node) {
    return !node.asBoolean().orElse(true);
  }

  /** A note for a field written as a quoted string where Kubernetes expects a boolean. */
  static String stringNote(Node node, String field) {
    if (node.isPresent() && node.asBoolean().isEmpty()) {
      return " (" + field + " is the string \"" + node.textOr("") + "\", not a boolean, so the API server rejects it)";
    }
    return "";
  }

  /** Upper-cases a capability name and strips the optional {@code CAP_} prefix. */
  static Optional<String> capabilityName(Node item) {
    return item.text()
        .map(t -> t.strip().toUpperCase(Locale.ROOT))
        .map(t -> t.startsWith("CAP_") ? t.substring(4) : t)
        .filter(t -> !t.isEmpty());
  }

  /**
   * A patch that sets {@code path} below {@code base} to {@code value}, creating the missing maps on
   * the way: replace when the field exists, add it to its parent when the parent is a map, or add the
   * nearest missing (or null) ancestor as a nested map.
   */
  static PatchOp set(Node base, String basePointer, Object value, String... path) {
    Node current = base;
    StringBuilder pointer = new StringBuilder(basePointer);
    for (int i = 0; i < path.length; i++) {
      Node next = current.at(path[i]);
      pointer.append('/').append(PatchOp.escape(path[i]));
      boolean last = i == path.length - 1;
      if (last) {
        return next.isMissing() ? PatchOp.add(pointer.toString(), value) : PatchOp.replace(pointer.toString(), value);
      }
      if (!next.isMap()) {
        Object nested = value;
        for (int j = path.length - 1; j > i; j--) {
          nested = Map.of(path[j], nested);
        }
        return next.isMissing() ? PatchOp.add(pointer.toString(), nested) : PatchOp.replace(pointer.toString(), nested);
      }
      current = next;
    }
    throw new IllegalArgumentException("empty path");
  }

  /** Sets a field of the container's own securityContext. */
  static PatchOp setInContainer(ContainerView container, Object value, String... path) {
    String[] full = new String[path.length + 1];
    full[0] = "securityContext";
    System.arraycopy(path, 0, full, 1, path.length);
    return set(container.node(), container.pointer(), value, full);
  }
}
