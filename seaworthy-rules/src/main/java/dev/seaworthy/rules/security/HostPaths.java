package dev.seaworthy.rules.security;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.view.ContainerView;
import dev.seaworthy.core.view.PodSpecView;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** hostPath volumes of a pod, with the path normalised the way the node's filesystem resolves it. */
final class HostPaths {

  /** A hostPath volume: its name, the {@code hostPath} node, the path node and the normalised path. */
  record HostPathVolume(String name, Node hostPath, Node pathNode, Optional<String> path) {

    /** The most specific node to report: the path when written, else the hostPath block. */
    Node anchor() {
      return pathNode.isPresent() ? pathNode : hostPath;
    }
  }

  private static final Set<String> RUNTIME_SOCKETS =
      Set.of(
          "/var/run/docker.sock", "/run/docker.sock",
          "/var/run/containerd/containerd.sock", "/run/containerd/containerd.sock",
          "/var/run/crio/crio.sock", "/run/crio/crio.sock",
          "/var/run/cri-dockerd.sock");

  /** Directories that hold a runtime socket, and the socket they expose. */
  private static final Map<String, String> SOCKET_DIRECTORIES =
      Map.of(
          "/var/run", "the containerd socket (and docker.sock where Docker runs)",
          "/run", "the containerd socket (and docker.sock where Docker runs)",
          "/var/run/containerd", "containerd.sock",
          "/run/containerd", "containerd.sock",
          "/var/run/crio", "crio.sock",
          "/run/crio", "crio.sock");

  private static final List<String> DOCKER_SOCKETS = List.of("/var/run/docker.sock", "/run/docker.sock", "/var/run/cri-dockerd.sock");

  private HostPaths() {}

  static List<HostPathVolume> of(PodSpecView pod) {
    return pod.spec().at("volumes").items().stream()
        .filter(v -> v.at("hostPath").isMap())
        .map(v -> new HostPathVolume(
            v.at("name").textOr("<unnamed>"), v.at("hostPath"), v.at("hostPath", "path"), normalise(v.at("hostPath", "path").textOr(""))))
        .toList();
  }

  /**
   * Resolves {@code //}, {@code /./}, {@code ..} and trailing slashes of an absolute path. Relative
   * and Windows paths give empty: nothing can be said about them.
   */
  static Optional<String> normalise(String raw) {
    String text = raw.strip();
    if (!text.startsWith("/")) {
      return Optional.empty();
    }
    Deque<String> parts = new ArrayDeque<>();
    for (String part : text.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        parts.pollLast();
      } else {
        parts.addLast(part);
      }
    }
    return Optional.of("/" + String.join("/", parts));
  }

  static boolean isUnder(String path, String prefix) {
    return path.equals(prefix) || path.startsWith(prefix + "/");
  }

  static boolean isRuntimeSocket(String path) {
    return RUNTIME_SOCKETS.contains(path) || SOCKET_DIRECTORIES.containsKey(path);
  }

  /** What the path gives access to, for a runtime-socket path. */
  static String socketDescription(String path) {
    return RUNTIME_SOCKETS.contains(path) ? "the container runtime socket" : "a directory holding " + SOCKET_DIRECTORIES.get(path);
  }

  static boolean isDockerSocket(String path) {
    return DOCKER_SOCKETS.contains(path);
  }

  /** Containers (of every kind) that mount the volume without {@code readOnly: true}. */
  static List<ContainerView> writableMounts(PodSpecView pod, String volume) {
    return pod.allContainers().stream()
        .filter(c -> c.node().at("volumeMounts").items().stream()
            .anyMatch(m -> m.at("name").textOr("").equals(volume) && !PodFacts.isTrue(m.at("readOnly"))))
        .toList();
  }

  static boolean isMounted(PodSpecView pod, String volume) {
    return pod.allContainers().stream()
        .anyMatch(c -> c.node().at("volumeMounts").items().stream().anyMatch(m -> m.at("name").textOr("").equals(volume)));
  }

  /** ", writable by container "a"" / ", mounted read-only" / ", not mounted by any container". */
  static String mountSummary(PodSpecView pod, String volume) {
    List<ContainerView> writable = writableMounts(pod, volume);
    if (!writable.isEmpty()) {
      return ", writable by " + String.join(", ", writable.stream().map(ContainerView::describe).toList());
    }
    return isMounted(pod, volume) ? ", mounted read-only" : ", not mounted by any container";
  }
}
