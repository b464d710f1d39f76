package dev.seaworthy.rules.reliability;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class LivenessProbeMissingTest {

  private final RuleTester tester = RuleTester.forRule(new LivenessProbeMissing());

  @Test
  void positive_regularContainersOfLongRunningPods() {
    tester
        .yaml("""
            apiVersion: apps/v1
            kind: StatefulSet
            metadata:
              name: cache
            spec:
              selector:
                matchLabels: {app: cache}
              template:
                metadata:
                  labels: {app: cache}
                spec:
                  containers:
                    # expect: liveness-probe-missing container "redis" has no livenessProbe
                    - name: redis
                      image: redis:7.4
                    - name: exporter
                      image: oliver006/redis_exporter:v1.62.0
                      livenessProbe:
                        tcpSocket: {port: 9121}
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: bare
            spec:
              containers:
                # expect: liveness-probe-missing container "app"
                - name: app
                  image: example/app:1.0.0
            """)
        .verify();
  }

  @Test
  void negative_probeSetInitSidecarAndRunToCompletionPods() {
    tester
        .yaml("""
            apiVersion: apps/v1
            kind: DaemonSet
            metadata:
              name: agent
            spec:
              selector:
                matchLabels: {app: agent}
              template:
                metadata:
                  labels: {app: agent}
                spec:
                  initContainers:
                    - name: setup
                      image: busybox:1.36
                    - name: sidecar
                      image: example/sidecar:1.0.0
                      restartPolicy: Always
                  containers:
                    - name: agent
                      image: example/agent:1.0.0
                      livenessProbe:
                        exec: {command: [cat, /tmp/healthy]}
            ---
            apiVersion: batch/v1
            kind: CronJob
            metadata:
              name: nightly
            spec:
              schedule: "0 3 * * *"
              jobTemplate:
                spec:
                  template:
                    spec:
                      restartPolicy: OnFailure
                      containers:
                        - name: job
                          image: example/job:1.0.0
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: task
            spec:
              restartPolicy: OnFailure
              containers:
                - name: task
                  image: example/task:1.0.0
            """)
        .verify();
  }
}
