package dev.seaworthy.rules.reliability;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class SingleReplicaTest {

  private final RuleTester tester = RuleTester.forRule(new SingleReplica());

  @Test
  void positive_unsetOrOneAndNoAutoscaler() {
    tester
        .yaml("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              namespace: shop
            # expect: single-replica Deployment "web" runs 1 replica (spec.replicas is unset) and no HorizontalPodAutoscaler targeting it was found in the audited input
            spec:
              selector:
                matchLabels: {app: web}
              template:
                metadata:
                  labels: {app: web}
                spec:
                  containers:
                    - name: web
                      image: nginx:1.27
            ---
            apiVersion: apps/v1
            kind: StatefulSet
            metadata:
              name: db
              namespace: shop
            spec:
              # expect: single-replica StatefulSet "db" runs 1 replica
              replicas: 1
              selector:
                matchLabels: {app: db}
              template:
                metadata:
                  labels: {app: db}
                spec:
                  containers:
                    - name: db
                      image: postgres:16.4
            ---
            # Targets the Deployment from another namespace, and another name: neither counts.
            apiVersion: autoscaling/v2
            kind: HorizontalPodAutoscaler
            metadata:
              name: web
              namespace: other
            spec:
              scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
              minReplicas: 2
              maxReplicas: 5
            ---
            apiVersion: autoscaling/v2
            kind: HorizontalPodAutoscaler
            metadata:
              name: db
              namespace: shop
            spec:
              scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: db}
              minReplicas: 2
              maxReplicas: 5
            """)
        .verify();
  }

  @Test
  void negative_severalReplicasParkedOrAutoscaled() {
    tester
        .yaml("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: three
            spec:
              replicas: 3
              selector:
                matchLabels: {app: three}
              template:
                metadata:
                  labels: {app: three}
                spec:
                  containers:
                    - name: app
                      image: example/app:1.0.0
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: parked
            spec:
              replicas: 0
              selector:
                matchLabels: {app: parked}
              template:
                metadata:
                  labels: {app: parked}
                spec:
                  containers:
                    - name: app
                      image: example/app:1.0.0
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: scaled
            spec:
              selector:
                matchLabels: {app: scaled}
              template:
                metadata:
                  labels: {app: scaled}
                spec:
                  containers:
                    - name: app
                      image: example/app:1.0.0
            ---
            apiVersion: autoscaling/v2
            kind: HorizontalPodAutoscaler
            metadata:
              name: scaled
            spec:
              scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: scaled}
              minReplicas: 2
              maxReplicas: 10
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: queue-worker
            spec:
              replicas: 1
              selector:
                matchLabels: {app: queue-worker}
              template:
                metadata:
                  labels: {app: queue-worker}
                spec:
                  containers:
                    - name: app
                      image: example/app:1.0.0
            ---
            apiVersion: keda.sh/v1alpha1
            kind: ScaledObject
            metadata:
              name: queue-worker
            spec:
              scaleTargetRef: {name: queue-worker}
              triggers:
                - type: aws-sqs-queue
                  metadata: {queueURL: "https://sqs.eu-west-1.amazonaws.com/123456789012/jobs", queueLength: "5"}
            ---
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
                  containers:
                    - name: agent
                      image: example/agent:1.0.0
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: templated
            spec:
              replicas: "{{ replicas }}"
              selector:
                matchLabels: {app: templated}
              template:
                metadata:
                  labels: {app: templated}
                spec:
                  containers:
                    - name: app
                      image: example/app:1.0.0
            """)
        .verify();
  }
}
