package dev.seaworthy.rules.reliability;

import dev.seaworthy.core.testing.RuleTester;
import dev.seaworthy.rules.OddPlatformInput;
import org.junit.jupiter.api.Test;

class PdbMissingTest {

  private final RuleTester tester = RuleTester.forRule(new PdbMissing());

  @Test
  void positive_replicatedWorkloadsWithoutAMatchingBudget() {
    tester
        .yaml("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              namespace: shop
            spec:
              # expect: pdb-missing Deployment "web" runs 3 replicas but no PodDisruptionBudget selecting its pods was found in the audited input
              replicas: 3
              selector:
                matchLabels: {app: web}
              template:
                metadata:
                  labels: {app: web, tier: front}
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
            # expect: pdb-missing StatefulSet "db" runs at least 2 replicas (HorizontalPodAutoscaler "db")
            spec:
              serviceName: db
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
            apiVersion: autoscaling/v2
            kind: HorizontalPodAutoscaler
            metadata:
              name: db
              namespace: shop
            spec:
              scaleTargetRef: {apiVersion: apps/v1, kind: StatefulSet, name: db}
              minReplicas: 2
              maxReplicas: 4
            ---
            # Same labels, other namespace: it does not protect shop's pods.
            apiVersion: policy/v1
            kind: PodDisruptionBudget
            metadata:
              name: web
              namespace: other
            spec:
              maxUnavailable: 1
              selector:
                matchLabels: {app: web}
            ---
            # Selects a label the pods do not carry.
            apiVersion: policy/v1
            kind: PodDisruptionBudget
            metadata:
              name: web-back
              namespace: shop
            spec:
              maxUnavailable: 1
              selector:
                matchLabels: {app: web, tier: back}
            """)
        .verify();
  }

  @Test
  void positive_v1beta1EmptySelectorSelectsNothing() {
    tester
        .yaml("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              namespace: shop
            spec:
              # expect: pdb-missing
              replicas: 2
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
            apiVersion: policy/v1beta1
            kind: PodDisruptionBudget
            metadata:
              name: all
              namespace: shop
            spec:
              maxUnavailable: 1
              selector: {}
            ---
            # A null selector matches no pods in any version.
            apiVersion: policy/v1
            kind: PodDisruptionBudget
            metadata:
              name: none
              namespace: shop
            spec:
              maxUnavailable: 1
            """)
        .verify();
  }

  @Test
  void negative_budgetSelectsThePods() {
    tester
        .yaml("""
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
                  labels: {app: web, tier: front}
                spec:
                  containers:
                    - name: web
                      image: nginx:1.27
            ---
            apiVersion: policy/v1
            kind: PodDisruptionBudget
            metadata:
              name: front
              namespace: shop
            spec:
              minAvailable: 2
              selector:
                matchExpressions:
                  - {key: tier, operator: In, values: [front, edge]}
            """)
        .verify();
  }

  @Test
  void negative_peerFalsePositive_emptyV1SelectorCoversTheNamespace() {
    tester
        .yaml("""
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
            apiVersion: policy/v1
            kind: PodDisruptionBudget
            metadata:
              name: everything
              namespace: shop
            spec:
              maxUnavailable: 1
              selector: {}
            """)
        .verify();
  }

  @Test
  void negative_peerFalsePositive_singleReplicaOrScaledFromOne() {
    tester
        .yaml("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: one
              namespace: shop
            spec:
              selector:
                matchLabels: {app: one}
              template:
                metadata:
                  labels: {app: one}
                spec:
                  containers:
                    - name: one
                      image: nginx:1.27
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: scaled
              namespace: shop
            spec:
              replicas: 3
              selector:
                matchLabels: {app: scaled}
              template:
                metadata:
                  labels: {app: scaled}
                spec:
                  containers:
                    - name: scaled
                      image: nginx:1.27
            ---
            # The autoscaler owns the count and may go down to one.
            apiVersion: autoscaling/v2
            kind: HorizontalPodAutoscaler
            metadata:
              name: scaled
              namespace: shop
            spec:
              scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: scaled}
              maxReplicas: 5
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: keda
              namespace: shop
            spec:
              replicas: 2
              selector:
                matchLabels: {app: keda}
              template:
                metadata:
                  labels: {app: keda}
                spec:
                  containers:
                    - name: keda
                      image: nginx:1.27
            ---
            apiVersion: keda.sh/v1alpha1
            kind: ScaledObject
            metadata:
              name: keda
              namespace: shop
            spec:
              scaleTargetRef: {name: keda}
            ---
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
            """)
        .verify();
  }

  @Test
  void negative_oddInput() {
    tester
        .yaml("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: odd
            spec:
              replicas: many
              template: [1, 2]
            ---
            apiVersion: policy/v1
            kind: PodDisruptionBudget
            metadata:
              name: odd
            spec:
              selector: [app]
              minAvailable: {x: 1}
            """)
        .verify();
  }

  @Test
  void negative_oddInputNeverThrows() {
    OddPlatformInput.auditsQuietly(new PdbMissing());
  }
}
