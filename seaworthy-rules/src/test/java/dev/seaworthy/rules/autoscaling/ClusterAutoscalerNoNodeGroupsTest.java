package dev.seaworthy.rules.autoscaling;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class ClusterAutoscalerNoNodeGroupsTest {

  private final RuleTester tester = RuleTester.forRule(new ClusterAutoscalerNoNodeGroups());

  @Test
  void positive_awsWithoutDiscoveryOrNodes() {
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
                      # expect: cluster-autoscaler-no-node-groups neither --node-group-auto-discovery nor --nodes
                      command:
                        - ./cluster-autoscaler
                        - --cloud-provider=aws
                        - --expander=least-waste
            """)
        .yaml("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: ca
              namespace: kube-system
            spec:
              template:
                spec:
                  containers:
                    - name: ca
                      image: registry.k8s.io/autoscaling/cluster-autoscaler:v1.35.0
                      command: ["./cluster-autoscaler"]
                      # expect: cluster-autoscaler-no-node-groups
                      args:
                        - --cloud-provider
                        - aws
                        - --v=2
            """)
        .verify();
  }

  @Test
  void negative_discoveryNodesOrNotAws() {
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
                    - name: discovery
                      image: registry.k8s.io/autoscaling/cluster-autoscaler:v1.35.0
                      command:
                        - ./cluster-autoscaler
                        - --cloud-provider=aws
                        - --node-group-auto-discovery=asg:tag=k8s.io/cluster-autoscaler/enabled,k8s.io/cluster-autoscaler/prod
                    - name: static
                      image: registry.k8s.io/autoscaling/cluster-autoscaler:v1.35.0
                      command:
                        - ./cluster-autoscaler
                        - --cloud-provider=aws
                        - --nodes=1:10:prod-general-asg
                    - name: capi
                      image: registry.k8s.io/autoscaling/cluster-autoscaler:v1.35.0
                      command:
                        - ./cluster-autoscaler
                        - --cloud-provider=clusterapi
                    - name: defaults
                      image: registry.k8s.io/autoscaling/cluster-autoscaler:v1.35.0
            """)
        .verify();
  }

  @Test
  void negative_peerFalsePositive_flagsInArgsOrAShellScript() {
    // hardeneks reads only containers[0].command (lesson L21); flags in args or in sh -c count too.
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
                    - name: args
                      image: registry.k8s.io/autoscaling/cluster-autoscaler:v1.35.0
                      args:
                        - --cloud-provider=aws
                        - --node-group-auto-discovery=asg:tag=k8s.io/cluster-autoscaler/enabled,k8s.io/cluster-autoscaler/prod
                    - name: shell
                      image: registry.k8s.io/autoscaling/cluster-autoscaler:v1.35.0
                      command:
                        - sh
                        - -c
                        - exec ./cluster-autoscaler --cloud-provider=aws --node-group-auto-discovery=asg:tag=k8s.io/cluster-autoscaler/enabled,k8s.io/cluster-autoscaler/prod
            """)
        .verify();
  }
}
