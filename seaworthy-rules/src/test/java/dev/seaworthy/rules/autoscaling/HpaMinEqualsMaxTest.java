package dev.seaworthy.rules.autoscaling;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class HpaMinEqualsMaxTest {

  private final RuleTester tester = RuleTester.forRule(new HpaMinEqualsMax());

  @Test
  void positive_pinnedCount() {
    tester
        .yaml("""
            apiVersion: autoscaling/v2
            kind: HorizontalPodAutoscaler
            metadata:
              name: web
            spec:
              scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
              minReplicas: 4
              # expect: hpa-min-equals-max minReplicas and maxReplicas both 4
              maxReplicas: 4
            """)
        .verify();
  }

  @Test
  void negative_rangeOrSingleReplicaReportedElsewhere() {
    tester
        .yaml("""
            apiVersion: autoscaling/v2
            kind: HorizontalPodAutoscaler
            metadata:
              name: web
            spec:
              scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
              minReplicas: 2
              maxReplicas: 10
            ---
            apiVersion: autoscaling/v2
            kind: HorizontalPodAutoscaler
            metadata:
              name: single
            spec:
              scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: single}
              maxReplicas: 1
            """)
        .verify();
  }
}
