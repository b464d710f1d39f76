package dev.seaworthy.rules.resources;

import dev.seaworthy.core.testing.RuleTester;
import dev.seaworthy.rules.OddPlatformInput;
import org.junit.jupiter.api.Test;

class LimitRangeInconsistentTest {

  private final RuleTester tester = RuleTester.forRule(new LimitRangeInconsistent());

  @Test
  void positive_everyOrderingTheApiServerRejects() {
    tester
        .yaml("""
            apiVersion: v1
            kind: LimitRange
            metadata:
              name: limits
              namespace: shop
            spec:
              limits:
                - type: Container
                  min:
                    # expect: limit-range-inconsistent LimitRange "limits" item 0 (type Container): min cpu 2 is greater than max cpu 1: the API server rejects this LimitRange
                    cpu: "2"
                    memory: 64Mi
                  max:
                    cpu: "1"
                    memory: 1Gi
                  default:
                    # expect: limit-range-inconsistent default memory 2Gi is greater than max memory 1Gi
                    memory: 2Gi
                  defaultRequest:
                    # expect: limit-range-inconsistent defaultRequest memory 32Mi is below min memory 64Mi
                    memory: 32Mi
                - type: Container
                  default:
                    # expect: limit-range-inconsistent item 1 (type Container): default cpu 100m is below min cpu 200m
                    cpu: 100m
                  defaultRequest:
                    # expect: limit-range-inconsistent defaultRequest cpu 500m is greater than default cpu 100m
                    cpu: 500m
                    # expect: limit-range-inconsistent defaultRequest memory 3Gi is greater than max memory 2Gi
                    memory: 3Gi
                  min: {cpu: 200m}
                  max: {memory: 2Gi}
            """)
        .verify();
  }

  @Test
  void positive_ratiosPodDefaultsAndExtendedResources() {
    tester
        .yaml("""
            apiVersion: v1
            kind: LimitRange
            metadata:
              name: limits
              namespace: shop
            spec:
              limits:
                - type: Pod
                  max: {cpu: "4"}
                  # expect: limit-range-inconsistent item 0 (type Pod) sets default, which may not be specified when type is Pod
                  default:
                    cpu: "1"
                - type: Container
                  min: {memory: 512Mi}
                  max: {memory: 2Gi}
                  maxLimitRequestRatio:
                    # expect: limit-range-inconsistent maxLimitRequestRatio memory 10 is greater than max/min (2Gi / 512Mi)
                    memory: "10"
                    # expect: limit-range-inconsistent maxLimitRequestRatio cpu 500m is less than 1
                    cpu: 500m
                - type: Container
                  default: {nvidia.com/gpu: "2"}
                  defaultRequest:
                    # expect: limit-range-inconsistent default nvidia.com/gpu 2 and defaultRequest 1 differ, but nvidia.com/gpu cannot be overcommitted
                    nvidia.com/gpu: "1"
            """)
        .verify();
  }

  @Test
  void negative_theGuidesLimitRangeAndEqualValues() {
    tester
        .yaml("""
            # resource-quotas.yaml (the guide's LimitRange)
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
            """)
        .yaml("""
            apiVersion: v1
            kind: LimitRange
            metadata:
              name: edges
              namespace: shop
            spec:
              limits:
                - type: Container
                  min: {cpu: 1000m, memory: 1Gi}
                  max: {cpu: "1", memory: 1024Mi}
                  default: {cpu: "1", nvidia.com/gpu: 1}
                  defaultRequest: {cpu: 1000m, nvidia.com/gpu: "1"}
                  maxLimitRequestRatio: {cpu: "1"}
                - type: Pod
                  max: {cpu: "8"}
                  default: {}
                - type: PersistentVolumeClaim
                  min: {storage: 1Gi}
                  max: {storage: 100Gi}
            """)
        .verify();
  }

  @Test
  void negative_oddInput() {
    tester
        .yaml("""
            apiVersion: v1
            kind: LimitRange
            metadata:
              name: odd
              namespace: shop
            spec:
              limits:
                - just-a-string
                - type: Container
                  min: {cpu: lots}
                  max: {cpu: "1", memory: [1Gi]}
                  default: 1Gi
            """)
        .verify();
  }

  @Test
  void negative_oddInputNeverThrows() {
    OddPlatformInput.auditsQuietly(new LimitRangeInconsistent());
  }
}
