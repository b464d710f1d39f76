package dev.seaworthy.rules.security;

import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.PodSpecRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.PodSpecView;
import java.util.ArrayList;
import java.util.List;

/**
 * hostPath volumes on a container runtime socket (Docker, containerd, CRI-O, cri-dockerd) or on a
 * directory that holds one (/run, /var/run and the runtimes' own directories). Docker sockets get
 * an extra note: EKS AMIs run containerd only from Kubernetes 1.24, so the socket does not exist.
 */
@RuleInfo(
    id = "container-runtime-socket",
    title = "Pod mounts the container runtime socket",
    severity = Severity.CRITICAL,
    category = Category.SECURITY,
    description = """
        Whoever can talk to the container runtime socket can start a privileged container with the \
        node's root filesystem mounted, read every container's environment and filesystem, and so \
        own the node and every secret on it, whatever the pod's own securityContext says. Mounting \
        /run or /var/run exposes the same sockets. On EKS, nodes run containerd only since \
        Kubernetes 1.24, so Docker-in-Docker builds that mount docker.sock are also broken.""",
    remediation = "Remove the socket mount; build images with a daemonless builder (BuildKit rootless, Kaniko, or a managed service such as CodeBuild) and read container data through the Kubernetes API.",
    references = {
      "https://docs.aws.amazon.com/eks/latest/best-practices/pod-security.html",
      "https://docs.aws.amazon.com/eks/latest/userguide/dockershim-deprecation.html",
      "https://kubernetes.io/docs/concepts/storage/volumes/#hostpath"
    },
    equivalents = {
      "kube-linter:docker-sock",
      "kubescape:C-0074",
      "checkov:CKV_K8S_27",
      "trivy:KSV-0006",
      "hardeneks:disallow_container_socket_mount"
    },
    example = """
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: build
        spec:
          template:
            spec:
              restartPolicy: Never
              containers:
                - name: build
                  image: docker:27-cli
                  volumeMounts:
                    - name: docker
                      mountPath: /var/run/docker.sock
              volumes:
                - name: docker
                  hostPath:
                    path: /var/run/docker.sock
        """,
    fixedExample = """
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: build
        spec:
          template:
            spec:
              restartPolicy: Never
              containers:
                - name: build
                  image: gcr.io/kaniko-project/executor:v1.23.2
        """)
public final class ContainerRuntimeSocket implements PodSpecRule {

  @Override
  public List<Violation> check(PodSpecView pod, RuleContext context) {
    List<Violation> out = new ArrayList<>();
    for (HostPaths.HostPathVolume v : HostPaths.of(pod)) {
      if (v.path().isEmpty() || !HostPaths.isRuntimeSocket(v.path().get())) {
        continue;
      }
      String path = v.path().get();
      String message = "hostPath volume \"" + v.name() + "\" mounts " + path + ", " + HostPaths.socketDescription(path)
          + HostPaths.mountSummary(pod, v.name()) + ": it gives root on the node";
      if (HostPaths.isDockerSocket(path)) {
        message += "; EKS nodes run containerd only since Kubernetes 1.24, so this Docker socket does not exist there and the mount is also broken";
      }
      out.add(Violation.of(v.anchor(), message));
    }
    return out;
  }
}
