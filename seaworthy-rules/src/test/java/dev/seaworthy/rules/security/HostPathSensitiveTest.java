package dev.seaworthy.rules.security;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class HostPathSensitiveTest {

  private final RuleTester tester = RuleTester.forRule(new HostPathSensitive());

  @Test
  void positive_sensitiveTreesAfterNormalisation() {
    tester
        .yaml("""
            apiVersion: apps/v1
            kind: DaemonSet
            metadata:
              name: node-tools
            spec:
              selector:
                matchLabels: {app: node-tools}
              template:
                metadata:
                  labels: {app: node-tools}
                spec:
                  containers:
                    - name: tools
                      image: tools:1.0
                      volumeMounts:
                        - {name: root, mountPath: /host, readOnly: true}
                        - {name: kube, mountPath: /kube}
                  volumes:
                    - name: root
                      hostPath:
                        # expect: host-path-sensitive hostPath volume "root" mounts /, the node's whole root filesystem, mounted read-only
                        path: //
                    - name: kube
                      hostPath:
                        # expect: host-path-sensitive mounts /etc/kubernetes, the node's Kubernetes configuration and credentials, writable by container "tools"
                        path: /etc/./kubernetes/
                    - name: kubelet
                      hostPath:
                        # expect: host-path-sensitive mounts /var/lib/kubelet/pods
                        path: /var/lib/kubelet/pods
                    - name: proc
                      hostPath:
                        # expect: host-path-sensitive mounts /proc
                        path: /proc
                    - name: sys
                      hostPath:
                        # expect: host-path-sensitive mounts /sys/fs/cgroup
                        path: /sys/fs/cgroup
                    - name: dev
                      hostPath:
                        # expect: host-path-sensitive mounts /dev
                        path: /dev
                    - name: home
                      hostPath:
                        # expect: host-path-sensitive mounts /root/.ssh
                        path: /root/.ssh
                    - name: containerd
                      hostPath:
                        # expect: host-path-sensitive mounts /var/lib/containerd
                        path: /var//lib/containerd
                    - name: climb
                      hostPath:
                        # expect: host-path-sensitive mounts /etc/passwd
                        path: /var/log/../../etc/passwd
            """)
        .verify();
  }

  @Test
  void negative_logsSocketsLookalikesAndRelativePaths() {
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
                - name: varlog
                  hostPath: {path: /var/log}
                - name: pods-logs
                  hostPath: {path: /var/log/pods}
                - name: sock
                  hostPath: {path: /run/containerd/containerd.sock}
                - name: run
                  hostPath: {path: /var/run}
                - name: etcetera
                  hostPath: {path: /etcetera}
                - name: devices
                  hostPath: {path: /device-plugins}
                - name: relative
                  hostPath: {path: etc}
                - name: windows
                  hostPath: {path: "C:\\\\ProgramData"}
                - name: data
                  hostPath: {path: /mnt/data}
            """)
        .verify();
  }

  @Test
  void oddInputDoesNotThrow() {
    OddInput.auditsQuietly(new HostPathSensitive());
  }
}
