package dev.seaworthy.rules.security;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class ContainerRuntimeSocketTest {

  private final RuleTester tester = RuleTester.forRule(new ContainerRuntimeSocket());

  @Test
  void positive_socketsAndTheirDirectories() {
    tester
        .yaml("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: ci-runner
            spec:
              selector:
                matchLabels: {app: ci-runner}
              template:
                metadata:
                  labels: {app: ci-runner}
                spec:
                  containers:
                    - name: runner
                      image: runner:1.0
                      volumeMounts:
                        - {name: docker, mountPath: /var/run/docker.sock}
                  volumes:
                    - name: docker
                      hostPath:
                        # expect: container-runtime-socket hostPath volume "docker" mounts /var/run/docker.sock, the container runtime socket, writable by container "runner": it gives root on the node; EKS nodes run containerd only since Kubernetes 1.24
                        path: /var/run/docker.sock
                        type: Socket
            """)
        .yaml("""
            apiVersion: apps/v1
            kind: DaemonSet
            metadata:
              name: monitor
            spec:
              selector:
                matchLabels: {app: monitor}
              template:
                metadata:
                  labels: {app: monitor}
                spec:
                  containers:
                    - name: monitor
                      image: monitor:1.0
                  volumes:
                    - name: containerd
                      hostPath:
                        # expect: container-runtime-socket mounts /run/containerd/containerd.sock, the container runtime socket, not mounted by any container
                        path: /run/containerd/containerd.sock
                    - name: run
                      hostPath:
                        # expect: container-runtime-socket mounts /var/run, a directory holding the containerd socket
                        path: /var/run/
                    - name: crio
                      hostPath:
                        # expect: container-runtime-socket mounts /run/crio, a directory holding crio.sock
                        path: //run/crio
                    - name: cri-dockerd
                      hostPath:
                        # expect: container-runtime-socket EKS nodes run containerd only
                        path: /var/run/cri-dockerd.sock
            """)
        .verify();
  }

  @Test
  void negative_otherPathsAndNoDockerNoteForContainerd() {
    tester
        .yaml("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: agent
            spec:
              containers:
                - name: agent
                  image: agent:1.0
              volumes:
                - name: lock
                  hostPath: {path: /run/xtables.lock}
                - name: varlog
                  hostPath: {path: /var/log}
                - name: dockerlibs
                  hostPath: {path: /var/lib/docker/containers}
                - name: tmp
                  emptyDir: {}
            """)
        .verify();
  }

  @Test
  void oddInputDoesNotThrow() {
    OddInput.auditsQuietly(new ContainerRuntimeSocket());
  }
}
