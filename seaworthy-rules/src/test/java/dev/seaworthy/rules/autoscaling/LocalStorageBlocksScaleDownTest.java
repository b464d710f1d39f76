package dev.seaworthy.rules.autoscaling;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class LocalStorageBlocksScaleDownTest {

  private final RuleTester tester = RuleTester.forRule(new LocalStorageBlocksScaleDown());

  private static final String DEFAULT_CA = """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: cluster-autoscaler
        namespace: kube-system
      spec:
        template:
          spec:
            priorityClassName: system-cluster-critical
            containers:
              - name: cluster-autoscaler
                image: registry.k8s.io/autoscaling/cluster-autoscaler:v1.35.0
                command: [./cluster-autoscaler, --cloud-provider=aws]
      ---
      """;

  @Test
  void positive_emptyDirAndHostPathWithoutAnnotation() {
    tester
        .yaml(DEFAULT_CA + """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              template:
                spec:
                  containers:
                    - name: web
                      image: nginx:1.27
                  volumes:
                    - name: config
                      configMap: {name: web}
                    # expect: local-storage-blocks-scale-down Deployment "web" mounts local storage ("cache", "logs")
                    - name: cache
                      emptyDir: {}
                    - name: logs
                      hostPath: {path: /var/log/web}
                    - name: tmpfs
                      emptyDir: {medium: Memory}
            ---
            apiVersion: apps/v1
            kind: StatefulSet
            metadata:
              name: queue
            spec:
              serviceName: queue
              template:
                metadata:
                  annotations:
                    cluster-autoscaler.kubernetes.io/safe-to-evict-local-volumes: "spool"
                spec:
                  containers:
                    - name: queue
                      image: queue:1.0
                  volumes:
                    - name: spool
                      emptyDir: {}
                    # expect: local-storage-blocks-scale-down ("scratch")
                    - name: scratch
                      emptyDir:
            """)
        .verify();
  }

  @Test
  void negative_annotatedOrCaSkipsNothingOrNoCa() {
    tester
        .yaml(DEFAULT_CA + """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: evictable
            spec:
              template:
                metadata:
                  annotations:
                    cluster-autoscaler.kubernetes.io/safe-to-evict: "true"
                spec:
                  containers:
                    - name: web
                      image: nginx:1.27
                  volumes:
                    - {name: cache, emptyDir: {}}
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: pinned
            spec:
              template:
                metadata:
                  annotations:
                    cluster-autoscaler.kubernetes.io/safe-to-evict: "false"
                spec:
                  containers:
                    - name: trainer
                      image: trainer:1.0
                  volumes:
                    - {name: checkpoints, emptyDir: {}}
            ---
            apiVersion: apps/v1
            kind: DaemonSet
            metadata:
              name: agent
            spec:
              template:
                spec:
                  containers:
                    - name: agent
                      image: agent:1.0
                  volumes:
                    - {name: varlog, hostPath: {path: /var/log}}
            ---
            apiVersion: batch/v1
            kind: Job
            metadata:
              name: report
            spec:
              template:
                spec:
                  restartPolicy: Never
                  containers:
                    - name: report
                      image: report:1.0
                  volumes:
                    - {name: scratch, emptyDir: {}}
            """)
        .yaml("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              template:
                spec:
                  containers:
                    - name: web
                      image: nginx:1.27
                  volumes:
                    - {name: cache, emptyDir: {}}
            """)
        .yaml("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: cluster-autoscaler
              namespace: kube-system
            spec:
              template:
                spec:
                  containers:
                  - name: cluster-autoscaler
                    image: k8s.gcr.io/autoscaling/cluster-autoscaler:v1.28.0
                    command:
                    - ./cluster-autoscaler
                    - --cloud-provider=aws
                    - --skip-nodes-with-local-storage=false
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              template:
                spec:
                  containers:
                    - name: web
                      image: nginx:1.27
                  volumes:
                    - {name: cache, emptyDir: {}}
            """)
        .verify();
  }
}
