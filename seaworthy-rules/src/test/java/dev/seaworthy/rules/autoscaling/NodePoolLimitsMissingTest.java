package dev.seaworthy.rules.autoscaling;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class NodePoolLimitsMissingTest {

  private final RuleTester tester = RuleTester.forRule(new NodePoolLimitsMissing());

  @Test
  void positive_absentOrEmptyLimits() {
    tester
        .yaml("""
            apiVersion: karpenter.sh/v1
            kind: NodePool
            metadata:
              name: default
            # expect: nodepool-limits-missing NodePool "default" sets no spec.limits
            spec:
              template:
                spec:
                  nodeClassRef: {group: karpenter.k8s.aws, kind: EC2NodeClass, name: default}
                  requirements: []
            ---
            apiVersion: karpenter.sh/v1beta1
            kind: NodePool
            metadata:
              name: old
            spec:
              template:
                spec:
                  nodeClassRef: {apiVersion: karpenter.k8s.aws/v1beta1, kind: EC2NodeClass, name: default}
                  requirements: []
              # expect: nodepool-limits-missing NodePool "old"
              limits: {}
            """)
        .verify();
  }

  @Test
  void negative_limitsSetStaticPoolsAndOtherKinds() {
    tester
        .yaml("""
            apiVersion: karpenter.sh/v1
            kind: NodePool
            metadata:
              name: default
            spec:
              template:
                spec:
                  nodeClassRef: {group: karpenter.k8s.aws, kind: EC2NodeClass, name: default}
                  requirements: []
              limits:
                cpu: "1000"
                memory: 1000Gi
            ---
            apiVersion: karpenter.sh/v1
            kind: NodePool
            metadata:
              name: fixed
            spec:
              replicas: 3
              template:
                spec:
                  nodeClassRef: {group: karpenter.k8s.aws, kind: EC2NodeClass, name: default}
                  requirements: []
            ---
            apiVersion: karpenter.sh/v1alpha5
            kind: Provisioner
            metadata:
              name: legacy
            spec:
              requirements: []
            ---
            apiVersion: example.com/v1
            kind: NodePool
            metadata:
              name: not-karpenter
            spec: {}
            """)
        .verify();
  }
}
