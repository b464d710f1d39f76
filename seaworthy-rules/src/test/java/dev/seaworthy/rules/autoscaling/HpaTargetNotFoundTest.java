package dev.seaworthy.rules.autoscaling;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class HpaTargetNotFoundTest {

  private final RuleTester tester = RuleTester.forRule(new HpaTargetNotFound());

  @Test
  void positive_targetMissingOrInAnotherNamespace() {
    tester
        .yaml("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              namespace: other
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
              name: web
              namespace: shop
            spec:
              scaleTargetRef:
                apiVersion: apps/v1
                kind: Deployment
                # expect: hpa-target-not-found Deployment "web", which is not found in namespace "shop" in the audited input
                name: web
              minReplicas: 2
              maxReplicas: 10
            ---
            apiVersion: autoscaling/v1
            kind: HorizontalPodAutoscaler
            metadata:
              name: db
              namespace: shop
            spec:
              scaleTargetRef:
                kind: StatefulSet
                # expect: hpa-target-not-found StatefulSet "db"
                name: db
              minReplicas: 2
              maxReplicas: 4
            """)
        .verify();
  }

  @Test
  void negative_targetPresentInSameNamespaceIncludingDefault() {
    tester
        .yaml("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              namespace: default
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
              name: web
            spec:
              scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
              minReplicas: 2
              maxReplicas: 10
            """)
        .verify();
  }

  @Test
  void negative_namespacelessHpaWhoseTargetExistsElsewhere() {
    // Applied with -n shop, the HPA lands next to its Deployment: the input does not prove a dangling target.
    tester
        .yaml("""
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
              name: web
            spec:
              scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
              minReplicas: 2
              maxReplicas: 10
            """)
        .verify();
  }

  @Test
  void negative_customResourceTargetsAndUnreadableRefs() {
    tester
        .yaml("""
            apiVersion: autoscaling/v2
            kind: HorizontalPodAutoscaler
            metadata:
              name: rollout
            spec:
              scaleTargetRef: {apiVersion: argoproj.io/v1alpha1, kind: Rollout, name: web}
              minReplicas: 2
              maxReplicas: 10
            ---
            apiVersion: autoscaling/v2
            kind: HorizontalPodAutoscaler
            metadata:
              name: lookalike
            spec:
              scaleTargetRef: {apiVersion: example.com/v1, kind: Deployment, name: web}
              minReplicas: 2
              maxReplicas: 10
            ---
            apiVersion: autoscaling/v2
            kind: HorizontalPodAutoscaler
            metadata:
              name: broken
            spec:
              scaleTargetRef: [Deployment, web]
            """)
        .verify();
  }
}
