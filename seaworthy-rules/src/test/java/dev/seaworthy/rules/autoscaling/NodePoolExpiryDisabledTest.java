package dev.seaworthy.rules.autoscaling;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class NodePoolExpiryDisabledTest {

  private final RuleTester tester = RuleTester.forRule(new NodePoolExpiryDisabled());

  @Test
  void positive_neverInV1AndV1beta1() {
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
                  # expect: nodepool-expiry-disabled NodePool "default" sets expireAfter: Never
                  expireAfter: Never
            ---
            apiVersion: karpenter.sh/v1beta1
            kind: NodePool
            metadata:
              name: old
            spec:
              template:
                spec:
                  nodeClassRef: {apiVersion: karpenter.k8s.aws/v1beta1, kind: EC2NodeClass, name: default}
              disruption:
                # expect: nodepool-expiry-disabled NodePool "old"
                expireAfter: Never
            """)
        .verify();
  }

  @Test
  void negative_defaultOrBoundedExpiry() {
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
            ---
            apiVersion: karpenter.sh/v1
            kind: NodePool
            metadata:
              name: monthly
            spec:
              template:
                spec:
                  nodeClassRef: {group: karpenter.k8s.aws, kind: EC2NodeClass, name: default}
                  requirements: []
                  expireAfter: 720h
              disruption:
                expireAfter: Never
            """)
        .verify();
  }
}
