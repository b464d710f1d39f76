package dev.seaworthy.rules.reliability;

import dev.seaworthy.core.testing.RuleTester;
import dev.seaworthy.rules.OddPlatformInput;
import org.junit.jupiter.api.Test;

class PdbBlocksDisruptionTest {

  private final RuleTester tester = RuleTester.forRule(new PdbBlocksDisruption());

  private static final String WEB = """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
        namespace: shop
      spec:
        replicas: 3
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
      """;

  @Test
  void positive_zeroMaxUnavailableAndFullMinAvailable() {
    tester
        .yaml("""
            apiVersion: policy/v1
            kind: PodDisruptionBudget
            metadata:
              name: a
              namespace: shop
            spec:
              # expect: pdb-blocks-disruption PodDisruptionBudget "a" sets maxUnavailable: 0, so none of the pods it selects may ever be evicted
              maxUnavailable: 0
              selector:
                matchLabels: {app: web}
            ---
            apiVersion: policy/v1
            kind: PodDisruptionBudget
            metadata:
              name: b
              namespace: shop
            spec:
              # expect: pdb-blocks-disruption maxUnavailable: "0%"
              maxUnavailable: 0%
              selector:
                matchLabels: {app: web}
            ---
            apiVersion: policy/v1
            kind: PodDisruptionBudget
            metadata:
              name: c
              namespace: shop
            spec:
              # expect: pdb-blocks-disruption minAvailable: "100%"
              minAvailable: "100%"
              selector:
                matchLabels: {app: web}
            """)
        .verify();
  }

  @Test
  void positive_minAvailableReachesTheReplicas() {
    tester
        .yaml(WEB + """
            apiVersion: policy/v1
            kind: PodDisruptionBudget
            metadata:
              name: web
              namespace: shop
            spec:
              # expect: pdb-blocks-disruption sets minAvailable: 3, but it selects only Deployment "web" (3 replicas) in the audited input
              minAvailable: 3
              selector:
                matchLabels: {app: web}
            """)
        .yaml(WEB + """
            apiVersion: policy/v1
            kind: PodDisruptionBudget
            metadata:
              name: web
              namespace: shop
            spec:
              # expect: pdb-blocks-disruption minAvailable: "70%" (3 of 3 pods, rounded up)
              minAvailable: 70%
              selector:
                matchLabels: {app: web}
            """)
        .yaml(WEB + """
            apiVersion: apps/v1
            kind: StatefulSet
            metadata:
              name: web-db
              namespace: shop
            spec:
              replicas: 2
              serviceName: web-db
              selector:
                matchLabels: {app: web-db}
              template:
                metadata:
                  labels: {app: web, role: db}
                spec:
                  containers:
                    - name: db
                      image: postgres:16.4
            ---
            apiVersion: policy/v1
            kind: PodDisruptionBudget
            metadata:
              name: web
              namespace: shop
            spec:
              # expect: pdb-blocks-disruption Deployment "web" (3 replicas) and StatefulSet "web-db" (2 replicas)
              minAvailable: 5
              selector:
                matchLabels: {app: web}
            """)
        .verify();
  }

  @Test
  void negative_budgetsThatAllowADisruption() {
    tester
        .yaml(WEB + """
            apiVersion: policy/v1
            kind: PodDisruptionBudget
            metadata:
              name: a
              namespace: shop
            spec:
              minAvailable: 2
              selector:
                matchLabels: {app: web}
            ---
            apiVersion: policy/v1
            kind: PodDisruptionBudget
            metadata:
              name: b
              namespace: shop
            spec:
              minAvailable: 60%
              selector:
                matchLabels: {app: web}
            ---
            apiVersion: policy/v1
            kind: PodDisruptionBudget
            metadata:
              name: c
              namespace: shop
            spec:
              maxUnavailable: 10%
              selector:
                matchLabels: {app: web}
            ---
            apiVersion: policy/v1
            kind: PodDisruptionBudget
            metadata:
              name: d
              namespace: shop
            spec:
              maxUnavailable: 1
              selector:
                matchLabels: {app: web}
            """)
        .verify();
  }

  @Test
  void negative_replicasNotKnown() {
    tester
        .yaml("""
            # Selects nothing in the input: the pods it protects are elsewhere.
            apiVersion: policy/v1
            kind: PodDisruptionBudget
            metadata:
              name: elsewhere
              namespace: shop
            spec:
              minAvailable: 2
              selector:
                matchLabels: {app: elsewhere}
            ---
            # A DaemonSet has no replica count to compare with.
            apiVersion: apps/v1
            kind: DaemonSet
            metadata:
              name: agent
              namespace: shop
            spec:
              selector:
                matchLabels: {app: agent}
              template:
                metadata:
                  labels: {app: agent}
                spec:
                  containers:
                    - name: agent
                      image: agent:1.0
            ---
            apiVersion: policy/v1
            kind: PodDisruptionBudget
            metadata:
              name: agent
              namespace: shop
            spec:
              minAvailable: 1
              selector:
                matchLabels: {app: agent}
            """)
        .yaml(WEB + """
            # Autoscaled: pdb-min-available-reaches-hpa-min judges it.
            apiVersion: autoscaling/v2
            kind: HorizontalPodAutoscaler
            metadata:
              name: web
              namespace: shop
            spec:
              scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
              minReplicas: 2
              maxReplicas: 6
            ---
            apiVersion: policy/v1
            kind: PodDisruptionBudget
            metadata:
              name: web
              namespace: shop
            spec:
              minAvailable: 2
              selector:
                matchLabels: {app: web}
            """)
        .verify();
  }

  @Test
  void negative_oddInput() {
    tester
        .yaml("""
            apiVersion: policy/v1
            kind: PodDisruptionBudget
            metadata:
              name: odd
            spec:
              maxUnavailable: none
              minAvailable: [1]
              selector:
                matchLabels: {app: [x]}
            """)
        .verify();
  }

  @Test
  void negative_oddInputNeverThrows() {
    OddPlatformInput.auditsQuietly(new PdbBlocksDisruption());
  }
}
