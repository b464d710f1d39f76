package dev.seaworthy.rules.reliability;

import dev.seaworthy.core.testing.RuleTester;
import dev.seaworthy.rules.OddPlatformInput;
import org.junit.jupiter.api.Test;

class PdbMinAvailableReachesHpaMinTest {

  private final RuleTester tester = RuleTester.forRule(new PdbMinAvailableReachesHpaMin());

  private static String workload(int minReplicas) {
    return """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          namespace: shop
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
        apiVersion: autoscaling/v2
        kind: HorizontalPodAutoscaler
        metadata:
          name: web-hpa
          namespace: shop
        spec:
          scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
          minReplicas: %d
          maxReplicas: 10
        ---
        """.formatted(minReplicas);
  }

  @Test
  void positive_equalToOrAboveTheMinimum() {
    tester
        .yaml(workload(2) + """
            apiVersion: policy/v1
            kind: PodDisruptionBudget
            metadata:
              name: web
              namespace: shop
            spec:
              # expect: pdb-min-available-reaches-hpa-min minAvailable: 2, which equals the 2 pods that Deployment "web" (minReplicas 2 of HorizontalPodAutoscaler "web-hpa") runs at the autoscaler's minimum
              minAvailable: 2
              selector:
                matchLabels: {app: web}
            """)
        .yaml(workload(2) + """
            apiVersion: policy/v1
            kind: PodDisruptionBudget
            metadata:
              name: web
              namespace: shop
            spec:
              # expect: pdb-min-available-reaches-hpa-min which is above the 2 pods
              minAvailable: 3
              selector:
                matchLabels: {app: web}
            """)
        .yaml(workload(3) + """
            apiVersion: policy/v1
            kind: PodDisruptionBudget
            metadata:
              name: web
              namespace: shop
            spec:
              # expect: pdb-min-available-reaches-hpa-min "80%" (3 of 3 pods, rounded up)
              minAvailable: 80%
              selector:
                matchLabels: {app: web}
            """)
        .verify();
  }

  @Test
  void positive_hpaMinReplicasDefaultsToOne() {
    tester
        .yaml("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              namespace: shop
            spec:
              replicas: 4
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
            apiVersion: autoscaling/v2
            kind: HorizontalPodAutoscaler
            metadata:
              name: web
              namespace: shop
            spec:
              scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
              maxReplicas: 10
            ---
            apiVersion: policy/v1
            kind: PodDisruptionBudget
            metadata:
              name: web
              namespace: shop
            spec:
              # expect: pdb-min-available-reaches-hpa-min which is above the 1 pod that
              minAvailable: 2
              selector:
                matchLabels: {app: web}
            """)
        .verify();
  }

  @Test
  void negative_belowTheMinimumOrNotAutoscaled() {
    tester
        .yaml(workload(3) + """
            apiVersion: policy/v1
            kind: PodDisruptionBudget
            metadata:
              name: web
              namespace: shop
            spec:
              minAvailable: 2
              selector:
                matchLabels: {app: web}
            ---
            apiVersion: policy/v1
            kind: PodDisruptionBudget
            metadata:
              name: web-max
              namespace: shop
            spec:
              maxUnavailable: 1
              selector:
                matchLabels: {app: web}
            ---
            # "100%" blocks at every scale: pdb-blocks-disruption reports it.
            apiVersion: policy/v1
            kind: PodDisruptionBudget
            metadata:
              name: web-all
              namespace: shop
            spec:
              minAvailable: 100%
              selector:
                matchLabels: {app: web}
            """)
        .yaml("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: fixed
              namespace: shop
            spec:
              replicas: 2
              selector:
                matchLabels: {app: fixed}
              template:
                metadata:
                  labels: {app: fixed}
                spec:
                  containers:
                    - name: fixed
                      image: nginx:1.27
            ---
            apiVersion: policy/v1
            kind: PodDisruptionBudget
            metadata:
              name: fixed
              namespace: shop
            spec:
              minAvailable: 2
              selector:
                matchLabels: {app: fixed}
            """)
        .verify();
  }

  @Test
  void negative_scaledToZeroByKeda() {
    tester
        .yaml("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: worker
              namespace: shop
            spec:
              selector:
                matchLabels: {app: worker}
              template:
                metadata:
                  labels: {app: worker}
                spec:
                  containers:
                    - name: worker
                      image: worker:1.0
            ---
            apiVersion: keda.sh/v1alpha1
            kind: ScaledObject
            metadata:
              name: worker
              namespace: shop
            spec:
              scaleTargetRef: {name: worker}
            ---
            apiVersion: policy/v1
            kind: PodDisruptionBudget
            metadata:
              name: worker
              namespace: shop
            spec:
              minAvailable: 1
              selector:
                matchLabels: {app: worker}
            """)
        .verify();
  }

  @Test
  void negative_oddInputNeverThrows() {
    OddPlatformInput.auditsQuietly(new PdbMinAvailableReachesHpaMin());
  }
}
