package dev.seaworthy.rules.autoscaling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.rule.PatchOp;
import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class HpaTargetSetsReplicasTest {

  private final RuleTester tester = RuleTester.forRule(new HpaTargetSetsReplicas());

  private static final String HPA = """
      ---
      apiVersion: autoscaling/v2
      kind: HorizontalPodAutoscaler
      metadata:
        name: web
      spec:
        scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
        minReplicas: 2
        maxReplicas: 10
      """;

  @Test
  void positive_deploymentAndStatefulSetUnderHpaOrKeda() {
    tester
        .yaml("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              # expect: hpa-target-sets-replicas Deployment "web" sets spec.replicas: 3 while HorizontalPodAutoscaler "web"
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
            """ + HPA)
        .yaml("""
            apiVersion: apps/v1
            kind: StatefulSet
            metadata:
              name: worker
              namespace: jobs
            spec:
              # expect: hpa-target-sets-replicas ScaledObject "worker"
              replicas: 2
              serviceName: worker
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
              namespace: jobs
            spec:
              scaleTargetRef:
                kind: StatefulSet
                name: worker
            """)
        .verify();
  }

  @Test
  void negative_noReplicasParkedOrNoAutoscaler() {
    tester
        .yaml("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
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
            """ + HPA)
        .yaml("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              replicas: 0
              selector:
                matchLabels: {app: web}
              template:
                metadata:
                  labels: {app: web}
                spec:
                  containers:
                    - name: web
                      image: nginx:1.27
            """ + HPA)
        .yaml("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: api
              namespace: shop
            spec:
              replicas: 3
              selector:
                matchLabels: {app: api}
              template:
                metadata:
                  labels: {app: api}
                spec:
                  containers:
                    - name: api
                      image: api:1.0
            ---
            apiVersion: autoscaling/v2
            kind: HorizontalPodAutoscaler
            metadata:
              name: api
              namespace: other
            spec:
              scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: api}
              minReplicas: 2
              maxReplicas: 10
            """)
        .verify();
  }

  @Test
  void fixRemovesReplicas() {
    var findings = tester.findings("""
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
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
        """ + HPA);
    assertThat(findings).singleElement().satisfies(f ->
        assertThat(f.fixes().get(0).ops()).containsExactly(PatchOp.remove("/spec/replicas")));
  }
}
