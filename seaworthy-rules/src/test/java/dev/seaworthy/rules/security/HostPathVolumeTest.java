package dev.seaworthy.rules.security;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class HostPathVolumeTest {

  private final RuleTester tester = RuleTester.forRule(new HostPathVolume());

  @Test
  void positive_everyHostPathWithItsMountState() {
    tester
        .yaml("""
            apiVersion: apps/v1
            kind: DaemonSet
            metadata:
              name: logs
            spec:
              selector:
                matchLabels: {app: logs}
              template:
                metadata:
                  labels: {app: logs}
                spec:
                  initContainers:
                    - name: prep
                      image: busybox:1.36
                      volumeMounts:
                        - name: state
                          mountPath: /state
                  containers:
                    - name: shipper
                      image: fluent-bit:3.1
                      volumeMounts:
                        - name: varlog
                          mountPath: /var/log
                          readOnly: true
                        - name: state
                          mountPath: /state
                          readOnly: "true"
                  volumes:
                    - name: varlog
                      hostPath:
                        # expect: host-path-volume hostPath volume "varlog" mounts /var/log from the node, mounted read-only
                        path: /var/log
                    - name: state
                      hostPath:
                        # expect: host-path-volume mounts /var/lib/fluent-bit from the node, writable by init container "prep", container "shipper"
                        path: /var/lib/fluent-bit
                        type: DirectoryOrCreate
                    - name: unused
                      hostPath:
                        # expect: host-path-volume not mounted by any container
                        path: /opt/unused
                    - name: config
                      configMap:
                        name: fluent-bit
            """)
        .yaml("""
            apiVersion: batch/v1
            kind: CronJob
            metadata:
              name: cleanup
            spec:
              schedule: "@hourly"
              jobTemplate:
                spec:
                  template:
                    spec:
                      restartPolicy: Never
                      containers:
                        - name: cleanup
                          image: busybox:1.36
                          volumeMounts: [{name: scratch, mountPath: /scratch}]
                      volumes:
                        # expect: host-path-volume hostPath volume "scratch" mounts <no path>
                        - {name: scratch, hostPath: {}}
            """)
        .verify();
  }

  @Test
  void negative_otherVolumeTypes() {
    tester
        .yaml("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              containers:
                - name: web
                  image: nginx:1.27
                  volumeMounts:
                    - {name: tmp, mountPath: /tmp}
                    - {name: data, mountPath: /data}
              volumes:
                - name: tmp
                  emptyDir: {}
                - name: data
                  persistentVolumeClaim:
                    claimName: data
                - name: nohost
                  hostPath: null
            """)
        .verify();
  }

  @Test
  void oddInputDoesNotThrow() {
    OddInput.auditsQuietly(new HostPathVolume());
  }
}
