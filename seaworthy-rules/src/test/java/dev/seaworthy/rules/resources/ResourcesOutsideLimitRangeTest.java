package dev.seaworthy.rules.resources;

import dev.seaworthy.core.testing.RuleTester;
import dev.seaworthy.rules.OddPlatformInput;
import org.junit.jupiter.api.Test;

class ResourcesOutsideLimitRangeTest {

  private final RuleTester tester = RuleTester.forRule(new ResourcesOutsideLimitRange());

  private static final String GUIDE_LIMIT_RANGE = """
      apiVersion: v1
      kind: LimitRange
      metadata:
        name: cpu-mem-limit-range
        namespace: production
      spec:
        limits:
        - default:
            cpu: "1"
            memory: "1Gi"
          defaultRequest:
            cpu: "100m"
            memory: "128Mi"
          max:
            cpu: "4"
            memory: "8Gi"
          min:
            cpu: "50m"
            memory: "64Mi"
          type: Container
      ---
      """;

  @Test
  void positive_aboveMaxOrBelowMin() {
    tester
        .yaml(GUIDE_LIMIT_RANGE + """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: api
              namespace: production
            spec:
              replicas: 2
              selector:
                matchLabels: {app: api}
              template:
                metadata:
                  labels: {app: api}
                spec:
                  initContainers:
                    - name: migrate
                      image: migrate:1.0
                      resources:
                        requests:
                          # expect: resources-outside-limit-range init container "migrate" has a cpu request of 10m, below the min of 50m per container in LimitRange "cpu-mem-limit-range": admission rejects every pod of Deployment "api", so its controller cannot create any
                          cpu: 10m
                  containers:
                    - name: api
                      image: api:2.0
                      resources:
                        requests:
                          cpu: 500m
                          # expect: resources-outside-limit-range container "api" requests 12Gi memory, above the max of 8Gi
                          memory: 12Gi
                        limits:
                          # expect: resources-outside-limit-range container "api" has a cpu limit of 8, above the max of 4
                          cpu: "8"
                    - name: sidecar
                      image: proxy:1.0
                      resources:
                        limits:
                          # expect: resources-outside-limit-range container "sidecar" has a memory limit (and so a request) of 32Mi, below the min of 64Mi
                          memory: 32Mi
            """)
        .yaml("""
            apiVersion: v1
            kind: LimitRange
            metadata:
              name: ratio
              namespace: shop
            spec:
              limits:
                - type: Container
                  maxLimitRequestRatio: {memory: "2"}
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: p
              namespace: shop
            spec:
              containers:
                - name: app
                  image: app:1.0
                  resources:
                    requests: {memory: 256Mi}
                    limits:
                      # expect: resources-outside-limit-range container "app" has a memory limit of 1Gi for a request of 256Mi, a ratio above the maxLimitRequestRatio of 2 in LimitRange "ratio": admission rejects the Pod
                      memory: 1Gi
            """)
        .verify();
  }

  @Test
  void negative_withinBoundsOrNotWritten() {
    tester
        .yaml(GUIDE_LIMIT_RANGE + """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: api
              namespace: production
            spec:
              replicas: 2
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
                        requests: {cpu: 50m, memory: 8Gi}
                        limits: {cpu: "4", memory: 8Gi}
                    - name: defaults
                      image: app:1.0
            ---
            # Another namespace: the LimitRange does not apply.
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
                    limits: {memory: 64Gi}
            ---
            # Pod items bound the pod's sum, not each container.
            apiVersion: v1
            kind: LimitRange
            metadata:
              name: pod-max
              namespace: batch
            spec:
              limits:
                - type: Pod
                  max: {memory: 1Gi}
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: job
              namespace: batch
            spec:
              restartPolicy: Never
              containers:
                - name: job
                  image: job:1.0
                  resources:
                    limits: {memory: 512Mi}
            """)
        .verify();
  }

  @Test
  void negative_oddInputNeverThrows() {
    OddPlatformInput.auditsQuietly(new ResourcesOutsideLimitRange());
  }
}
