package dev.seaworthy.rules.autoscaling;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class ClusterAutoscalerPriorityConfigNotFoundTest {

  private final RuleTester tester = RuleTester.forRule(new ClusterAutoscalerPriorityConfigNotFound());

  @Test
  void positive_configMapMissingOrInTheWrongNamespace() {
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
                  containers:
                    - name: cluster-autoscaler
                      image: registry.k8s.io/autoscaling/cluster-autoscaler:v1.35.0
                      command:
                        - ./cluster-autoscaler
                        # expect: cluster-autoscaler-priority-config-not-found "cluster-autoscaler-priority-expander" is not found in namespace "kube-system" in the audited input
                        - --expander=priority,least-waste
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: cluster-autoscaler-priority-expander
              namespace: default
            data:
              priorities: |-
                10:
                  - .*
            """)
        .yaml("""
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
                      command:
                        - ./cluster-autoscaler
                        - --namespace=autoscaling
                        # expect: cluster-autoscaler-priority-config-not-found namespace "autoscaling"
                        - --expander=priority
            """)
        .verify();
  }

  @Test
  void negative_configMapPresentOrOtherExpanders() {
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
                  containers:
                    - name: priority
                      image: registry.k8s.io/autoscaling/cluster-autoscaler:v1.35.0
                      command: [./cluster-autoscaler, --expander=priority]
                    - name: waste
                      image: registry.k8s.io/autoscaling/cluster-autoscaler:v1.35.0
                      command: [./cluster-autoscaler, --expander=least-waste]
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: cluster-autoscaler-priority-expander
              namespace: kube-system
            data:
              priorities: |-
                10:
                  - .*
            """)
        .verify();
  }
}
