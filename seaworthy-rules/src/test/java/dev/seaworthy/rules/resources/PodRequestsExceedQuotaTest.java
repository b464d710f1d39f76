package dev.seaworthy.rules.resources;

import dev.seaworthy.core.testing.RuleTester;
import dev.seaworthy.rules.OddPlatformInput;
import org.junit.jupiter.api.Test;

class PodRequestsExceedQuotaTest {

  private final RuleTester tester = RuleTester.forRule(new PodRequestsExceedQuota());

  @Test
  void positive_onePodAboveTheWholeQuota() {
    tester
        .yaml("""
            apiVersion: v1
            kind: ResourceQuota
            metadata:
              name: small
              namespace: shop
            spec:
              hard:
                requests.cpu: "2"
                memory: 4Gi
                limits.memory: 4Gi
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: batch
              namespace: shop
            spec:
              replicas: 1
              selector:
                matchLabels: {app: batch}
              template:
                metadata:
                  labels: {app: batch}
                # expect: pod-requests-exceed-quota one pod of Deployment "batch" requests at least 2500m cpu, more than the hard requests.cpu of 2 in ResourceQuota "small" for the whole namespace: admission can never admit it, so its controller cannot create any pod
                # expect: pod-requests-exceed-quota one pod of Deployment "batch" requests at least 5Gi memory, more than the hard memory of 4Gi
                # expect: pod-requests-exceed-quota has limits of at least 5Gi memory, more than the hard limits.memory of 4Gi
                spec:
                  containers:
                    - name: worker
                      image: worker:3.1.0
                      resources:
                        requests: {cpu: 1500m, memory: 1Gi}
                        limits: {memory: 1Gi}
                    - name: helper
                      image: helper:1.0
                      resources:
                        limits: {cpu: "1", memory: 4Gi}
            """)
        .yaml("""
            apiVersion: v1
            kind: ResourceQuota
            metadata:
              name: small
              namespace: shop
            spec:
              hard:
                cpu: "1"
            ---
            # The largest init container counts when it needs more than the running containers.
            apiVersion: v1
            kind: Pod
            metadata:
              name: migrate
              namespace: shop
            # expect: pod-requests-exceed-quota one pod of Pod "migrate" requests at least 3 cpu, more than the hard cpu of 1 in ResourceQuota "small" for the whole namespace: admission can never admit it, so the API server rejects the Pod
            spec:
              initContainers:
                - name: migrate
                  image: migrate:1.0
                  resources:
                    requests: {cpu: "3"}
              containers:
                - name: app
                  image: app:1.0
                  resources:
                    requests: {cpu: 500m}
            """)
        .verify();
  }

  @Test
  void negative_withinQuotaScopedOrElsewhere() {
    tester
        .yaml("""
            # The guide's quota
            apiVersion: v1
            kind: ResourceQuota
            metadata:
              name: compute-quota
              namespace: production
            spec:
              hard:
                requests.cpu: "100"
                requests.memory: 200Gi
                limits.cpu: "200"
                limits.memory: 400Gi
                persistentvolumeclaims: "10"
                services.loadbalancers: "2"
            ---
            apiVersion: v1
            kind: ResourceQuota
            metadata:
              name: best-effort-only
              namespace: production
            spec:
              hard: {requests.cpu: "1"}
              scopes: [BestEffort]
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: api
              namespace: production
            spec:
              replicas: 40
              selector:
                matchLabels: {app: api}
              template:
                metadata:
                  labels: {app: api}
                spec:
                  containers:
                    - name: api
                      image: api:2.0
                      resources:
                        requests: {cpu: "4", memory: 8Gi}
                        limits: {cpu: "8", memory: 8Gi}
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: big
              namespace: staging
            spec:
              containers:
                - name: big
                  image: big:1.0
                  resources:
                    requests: {cpu: "300"}
            ---
            # Pod-level resources replace the containers' sum.
            apiVersion: v1
            kind: ResourceQuota
            metadata:
              name: q
              namespace: pods
            spec:
              hard: {requests.cpu: "2"}
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: shared
              namespace: pods
            spec:
              resources:
                requests: {cpu: "2"}
              containers:
                - name: a
                  image: a:1.0
                - name: b
                  image: b:1.0
            """)
        .verify();
  }

  @Test
  void negative_oddInputNeverThrows() {
    OddPlatformInput.auditsQuietly(new PodRequestsExceedQuota());
  }
}
