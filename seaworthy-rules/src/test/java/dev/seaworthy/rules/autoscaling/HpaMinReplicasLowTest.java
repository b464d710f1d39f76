package dev.seaworthy.rules.autoscaling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.rule.PatchOp;
import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class HpaMinReplicasLowTest {

  private final RuleTester tester = RuleTester.forRule(new HpaMinReplicasLow());

  @Test
  void positive_unsetOneAndZero() {
    tester
        .yaml("""
            apiVersion: autoscaling/v2
            kind: HorizontalPodAutoscaler
            metadata:
              name: web
            # expect: hpa-min-replicas-low HorizontalPodAutoscaler "web" has no minReplicas (it defaults to 1)
            spec:
              scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
              maxReplicas: 10
            ---
            apiVersion: autoscaling/v1
            kind: HorizontalPodAutoscaler
            metadata:
              name: api
            spec:
              scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: api}
              # expect: hpa-min-replicas-low minReplicas 1
              minReplicas: 1
              maxReplicas: 1
            ---
            apiVersion: autoscaling/v2
            kind: HorizontalPodAutoscaler
            metadata:
              name: batch
            spec:
              scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: batch}
              # expect: hpa-min-replicas-low HPAScaleToZero
              minReplicas: 0
              maxReplicas: 5
            """)
        .verify();
  }

  @Test
  void negative_twoOrMoreAndUnreadable() {
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
              name: templated
            spec:
              scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
              minReplicas: "2"
              maxReplicas: 10
            """)
        .verify();
  }

  @Test
  void fixSetsTwoOnlyWhenMaxAllowsIt() {
    var unset = tester.findings("""
        apiVersion: autoscaling/v2
        kind: HorizontalPodAutoscaler
        metadata:
          name: web
        spec:
          scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
          maxReplicas: 10
        """);
    assertThat(unset).singleElement().satisfies(f ->
        assertThat(f.fixes().get(0).ops()).containsExactly(PatchOp.add("/spec/minReplicas", 2)));
    var capped = tester.findings("""
        apiVersion: autoscaling/v2
        kind: HorizontalPodAutoscaler
        metadata:
          name: web
        spec:
          scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
          minReplicas: 1
          maxReplicas: 1
        """);
    assertThat(capped).singleElement().satisfies(f -> assertThat(f.fixes()).isEmpty());
  }
}
