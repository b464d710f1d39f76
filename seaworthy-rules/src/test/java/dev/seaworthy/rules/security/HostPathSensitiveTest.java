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

  @Test
  void negative_peerFalsePositive_readOnlyCaBundleAndTimeZone() {
    // the Cluster Autoscaler's stock AWS manifest mounts the node's CA bundle read-only
    tester.yaml("""
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: cluster-autoscaler, namespace: kube-system}
        spec:
          selector: {matchLabels: {app: ca}}
          template:
            metadata: {labels: {app: ca}}
            spec:
              containers:
                - name: ca
                  image: registry.k8s.io/autoscaling/cluster-autoscaler:v1.35.0
                  volumeMounts:
                    - {name: ssl-certs, mountPath: /etc/ssl/certs/ca-certificates.crt, readOnly: true}
                    - {name: tz, mountPath: /etc/localtime, readOnly: true}
              volumes:
                - name: ssl-certs
                  hostPath: {path: /etc/ssl/certs/ca-bundle.crt}
                - name: tz
                  hostPath: {path: /etc/localtime, type: File}
        """).verify();
  }

  @Test
  void positive_writableCaBundleIsStillSensitive() {
    tester.yaml("""
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: c
              image: busybox:1.36
              volumeMounts:
                - {name: certs, mountPath: /certs}
          volumes:
            - name: certs
              # expect: host-path-sensitive
              hostPath: {path: /etc/ssl/certs}
        """).verify();
  }
}
