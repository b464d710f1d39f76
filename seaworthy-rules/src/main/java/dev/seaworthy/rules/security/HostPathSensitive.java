package dev.seaworthy.rules.security;

import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.PodSpecRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.PodSpecView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * hostPath volumes on the node's root, configuration, credential, kernel and runtime-state trees.
 * /var/log is deliberately absent (log shippers read it), and runtime sockets and the directories
 * that hold them are container-runtime-socket's findings, not this rule's.
 */
@RuleInfo(
    id = "host-path-sensitive",
    title = "Pod mounts a sensitive host path",
    severity = Severity.HIGH,
    category = Category.SECURITY,
    description = """
        Some node paths are as good as root on the node: / and /etc hold its configuration and \
        /etc/kubernetes its cluster credentials, /root and /home its users' keys, /proc, /sys and \
        /dev its kernel and devices, /boot its kernel image, and /var/lib/kubelet, /var/lib/docker \
        and /var/lib/containerd every pod's volumes, secrets and image layers. A container that \
        mounts one of them, even read-only, can read other workloads' secrets or the node's \
        credentials; writable, it can take over the node.""",
    remediation = "Remove the hostPath volume; if a node agent truly needs the path, mount the narrowest subdirectory read-only and restrict the workload to a dedicated namespace.",
    references = {
      "https://kubernetes.io/docs/concepts/storage/volumes/#hostpath",
      "https://docs.aws.amazon.com/eks/latest/best-practices/pod-security.html"
    },
    equivalents = {"kube-linter:sensitive-host-mounts", "kubescape:C-0020"},
    example = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: debug
        spec:
          containers:
            - name: debug
              image: busybox:1.36
              volumeMounts:
                - name: host-etc
                  mountPath: /host/etc
          volumes:
            - name: host-etc
              hostPath:
                path: /etc
        """,
    fixedExample = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: debug
        spec:
          containers:
            - name: debug
              image: busybox:1.36
              volumeMounts:
                - name: config
                  mountPath: /config
          volumes:
            - name: config
              configMap:
                name: debug-config
        """)
public final class HostPathSensitive implements PodSpecRule {

  /** Sensitive trees, most specific first, with what they hold. */
  private static final Map<String, String> SENSITIVE = new LinkedHashMap<>();

  static {
    SENSITIVE.put("/etc/kubernetes", "the node's Kubernetes configuration and credentials");
    SENSITIVE.put("/etc", "the node's configuration");
    SENSITIVE.put("/root", "the root user's home, keys and credentials");
    SENSITIVE.put("/home", "user home directories and their keys");
    SENSITIVE.put("/proc", "the kernel's view of every process on the node");
    SENSITIVE.put("/sys", "kernel and device settings");
    SENSITIVE.put("/boot", "the node's kernel and boot loader");
    SENSITIVE.put("/dev", "the node's devices");
    SENSITIVE.put("/var/lib/kubelet", "the kubelet's state, including every pod's volumes and secrets");
    SENSITIVE.put("/var/lib/docker", "the Docker runtime's state and container logs (EKS nodes run containerd since 1.24)");
    SENSITIVE.put("/var/lib/containerd", "the container runtime's state and image layers");
  }

  /**
   * Public, read-only files that pods commonly mount from the node: CA bundles (the Cluster
   * Autoscaler's stock manifest mounts /etc/ssl/certs/ca-bundle.crt) and the time zone. Read-only,
   * they expose nothing; writable, a CA bundle lets a pod make the node trust any certificate, so
   * they are only exempt when no container can write them.
   */
  private static final List<String> PUBLIC_WHEN_READ_ONLY =
      List.of("/etc/ssl", "/etc/pki", "/etc/ca-certificates", "/etc/localtime", "/etc/timezone", "/etc/os-release");

  @Override
  public List<Violation> check(PodSpecView pod, RuleContext context) {
    List<Violation> out = new ArrayList<>();
    for (HostPaths.HostPathVolume v : HostPaths.of(pod)) {
      if (v.path().isEmpty() || HostPaths.isRuntimeSocket(v.path().get())) {
        continue;
      }
      String path = v.path().get();
      if (PUBLIC_WHEN_READ_ONLY.stream().anyMatch(p -> HostPaths.isUnder(path, p)) && HostPaths.writableMounts(pod, v.name()).isEmpty()) {
        continue;
      }
      Optional<String> what = describe(path);
      if (what.isPresent()) {
        out.add(Violation.of(v.anchor(),
            "hostPath volume \"" + v.name() + "\" mounts " + path + ", " + what.get() + HostPaths.mountSummary(pod, v.name())));
      }
    }
    return out;
  }

  private static Optional<String> describe(String path) {
    if (path.equals("/")) {
      return Optional.of("the node's whole root filesystem");
    }
    return SENSITIVE.entrySet().stream().filter(e -> HostPaths.isUnder(path, e.getKey())).map(Map.Entry::getValue).findFirst();
  }
}
