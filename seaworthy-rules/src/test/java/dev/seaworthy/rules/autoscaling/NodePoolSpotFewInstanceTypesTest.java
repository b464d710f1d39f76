package dev.seaworthy.rules.autoscaling;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class NodePoolSpotFewInstanceTypesTest {

  private final RuleTester tester = RuleTester.forRule(new NodePoolSpotFewInstanceTypes());

  @Test
  void positive_theGuidesProvisioner() {
    // examples/eks-production/autoscaling/karpenter-provisioner.yaml: Spot allowed, five types.
    tester
        .yaml("""
            apiVersion: karpenter.sh/v1alpha5
            kind: Provisioner
            metadata:
              name: default
            spec:
              requirements:
                - key: karpenter.sh/capacity-type
                  operator: In
                  values: ["spot", "on-demand"]
                - key: node.kubernetes.io/instance-type
                  operator: In
                  # expect: nodepool-spot-few-instance-types Provisioner "default" allows Spot with only 5 instance types (t3a.medium, t3a.large, t3a.xlarge, c5.large, c5.xlarge)
                  values: 
                    - t3a.medium
                    - t3a.large
                    - t3a.xlarge
                    - c5.large
                    - c5.xlarge
              limits:
                resources:
                  cpu: 1000
                  memory: 1000Gi
              providerRef:
                name: default
              ttlSecondsAfterEmpty: 30
              ttlSecondsUntilExpired: 2592000 # 30 days
            """)
        .verify();
  }

  @Test
  void positive_nodePoolSpotViaNotInAndExclusions() {
    tester
        .yaml("""
            apiVersion: karpenter.sh/v1
            kind: NodePool
            metadata:
              name: spot
            spec:
              template:
                spec:
                  nodeClassRef: {group: karpenter.k8s.aws, kind: EC2NodeClass, name: default}
                  requirements:
                    - key: karpenter.sh/capacity-type
                      operator: NotIn
                      values: ["on-demand"]
                    - key: node.kubernetes.io/instance-type
                      operator: In
                      # expect: nodepool-spot-few-instance-types only 1 instance type (m5.large)
                      values: ["m5.large", "m5.xlarge"]
                    - key: node.kubernetes.io/instance-type
                      operator: NotIn
                      values: ["m5.xlarge"]
            """)
        .verify();
  }

  @Test
  void negative_onDemandDefaultBroadRequirementsOrManyTypes() {
    tester
        .yaml("""
            apiVersion: karpenter.sh/v1
            kind: NodePool
            metadata:
              name: no-capacity-type
            spec:
              template:
                spec:
                  nodeClassRef: {group: karpenter.k8s.aws, kind: EC2NodeClass, name: default}
                  requirements:
                    - key: node.kubernetes.io/instance-type
                      operator: In
                      values: ["m5.large"]
            ---
            apiVersion: karpenter.sh/v1
            kind: NodePool
            metadata:
              name: on-demand
            spec:
              template:
                spec:
                  nodeClassRef: {group: karpenter.k8s.aws, kind: EC2NodeClass, name: default}
                  requirements:
                    - key: karpenter.sh/capacity-type
                      operator: In
                      values: ["on-demand"]
                    - key: node.kubernetes.io/instance-type
                      operator: In
                      values: ["p3.8xlarge"]
            ---
            apiVersion: karpenter.sh/v1
            kind: NodePool
            metadata:
              name: broad
            spec:
              template:
                spec:
                  nodeClassRef: {group: karpenter.k8s.aws, kind: EC2NodeClass, name: default}
                  requirements:
                    - key: karpenter.sh/capacity-type
                      operator: In
                      values: ["spot"]
                    - key: karpenter.k8s.aws/instance-category
                      operator: In
                      values: ["c", "m", "r"]
                    - key: node.kubernetes.io/instance-type
                      operator: NotIn
                      values: ["m6g.16xlarge"]
            ---
            apiVersion: karpenter.sh/v1
            kind: NodePool
            metadata:
              name: fifteen
            spec:
              template:
                spec:
                  nodeClassRef: {group: karpenter.k8s.aws, kind: EC2NodeClass, name: default}
                  requirements:
                    - key: karpenter.sh/capacity-type
                      operator: Exists
                    - key: node.kubernetes.io/instance-type
                      operator: In
                      values: [c5.large, c5a.large, c5ad.large, c5d.large, c6i.large, c6a.large, c7i.large, c7a.large,
                               m5.large, m5a.large, m5ad.large, m5d.large, m6i.large, m6a.large, m7i.large]
            """)
        .verify();
  }
}
