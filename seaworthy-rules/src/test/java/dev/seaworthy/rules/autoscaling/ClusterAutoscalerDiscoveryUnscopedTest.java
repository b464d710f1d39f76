package dev.seaworthy.rules.autoscaling;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class ClusterAutoscalerDiscoveryUnscopedTest {

  private final RuleTester tester = RuleTester.forRule(new ClusterAutoscalerDiscoveryUnscoped());

  @Test
  void positive_onlySharedTags() {
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
                        - --cloud-provider=aws
                        # expect: cluster-autoscaler-discovery-unscoped "asg:tag=k8s.io/cluster-autoscaler/enabled", which names no cluster
                        - --node-group-auto-discovery=asg:tag=k8s.io/cluster-autoscaler/enabled
                        # expect: cluster-autoscaler-discovery-unscoped
                        - --node-group-auto-discovery=asg:tag=team=payments,k8s.io/cluster-autoscaler/node-template/label/tier
            """)
        .verify();
  }

  @Test
  void negative_clusterScopedByAnyOfTheClusterTags() {
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
                        - --cloud-provider=aws
                        - --node-group-auto-discovery=asg:tag=k8s.io/cluster-autoscaler/enabled,k8s.io/cluster-autoscaler/production-cluster
                        - --node-group-auto-discovery=asg:tag=kubernetes.io/cluster/production-cluster
                        - --node-group-auto-discovery=asg:tag=eks:cluster-name=production-cluster
                    - name: not-aws
                      image: registry.k8s.io/autoscaling/cluster-autoscaler:v1.35.0
                      command:
                        - ./cluster-autoscaler
                        - --node-group-auto-discovery=asg:tag=k8s.io/cluster-autoscaler/enabled
            """)
        .verify();
  }
}
