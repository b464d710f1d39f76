package dev.seaworthy.rules.autoscaling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.rule.PatchOp;
import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class ClusterAutoscalerPriorityClassMissingTest {

  private final RuleTester tester = RuleTester.forRule(new ClusterAutoscalerPriorityClassMissing());

  @Test
  void positive_theGuidesDeployment() {
    tester
        .yaml("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: cluster-autoscaler
              namespace: kube-system
            spec:
              template:
                # expect: cluster-autoscaler-priority-class-missing Deployment "cluster-autoscaler" sets no priorityClassName
                spec:
                  serviceAccountName: cluster-autoscaler
                  containers:
                  - name: cluster-autoscaler
                    image: k8s.gcr.io/autoscaling/cluster-autoscaler:v1.28.0
                    command:
                    - ./cluster-autoscaler
                    - --cloud-provider=aws
            """)
        .yaml("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: scaler
              namespace: platform
            spec:
              template:
                spec:
                  # expect: cluster-autoscaler-priority-class-missing
                  priorityClassName: ""
                  containers:
                    - name: cluster-autoscaler
                      image: registry.k8s.io/autoscaling/cluster-autoscaler:v1.35.0
            """)
        .verify();
  }

  @Test
  void negative_anyPriorityClassAndOtherWorkloads() {
    tester
        .yaml("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: cluster-autoscaler
              namespace: kube-system
            spec:
              template:
                spec:
                  priorityClassName: system-cluster-critical
                  containers:
                    - name: cluster-autoscaler
                      image: registry.k8s.io/autoscaling/cluster-autoscaler:v1.35.0
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              template:
                spec:
                  containers:
                    - name: web
                      image: nginx:1.27
            ---
            apiVersion: batch/v1
            kind: Job
            metadata:
              name: one-off
              namespace: kube-system
            spec:
              template:
                spec:
                  restartPolicy: Never
                  containers:
                    - name: cluster-autoscaler
                      image: registry.k8s.io/autoscaling/cluster-autoscaler:v1.35.0
            """)
        .verify();
  }

  @Test
  void fixOnlyInKubeSystem() {
    var inKubeSystem = tester.findings("""
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: cluster-autoscaler
          namespace: kube-system
        spec:
          template:
            spec:
              containers:
                - name: cluster-autoscaler
                  image: registry.k8s.io/autoscaling/cluster-autoscaler:v1.35.0
        """);
    assertThat(inKubeSystem).singleElement().satisfies(f ->
        assertThat(f.fixes().get(0).ops())
            .containsExactly(PatchOp.add("/spec/template/spec/priorityClassName", "system-cluster-critical")));
    var elsewhere = tester.findings("""
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: cluster-autoscaler
          namespace: autoscaling
        spec:
          template:
            spec:
              containers:
                - name: cluster-autoscaler
                  image: registry.k8s.io/autoscaling/cluster-autoscaler:v1.35.0
        """);
    assertThat(elsewhere).singleElement().satisfies(f -> assertThat(f.fixes()).isEmpty());
  }
}
