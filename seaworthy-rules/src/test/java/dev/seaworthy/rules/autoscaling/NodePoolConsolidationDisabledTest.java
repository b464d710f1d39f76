package dev.seaworthy.rules.autoscaling;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class NodePoolConsolidationDisabledTest {

  private final RuleTester tester = RuleTester.forRule(new NodePoolConsolidationDisabled());

  @Test
  void positive_consolidateAfterNever() {
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
              disruption:
                consolidationPolicy: WhenEmptyOrUnderutilized
                # expect: nodepool-consolidation-disabled NodePool "default" sets consolidateAfter: Never
                consolidateAfter: Never
            """)
        .verify();
  }

  @Test
  void negative_defaultsWhenEmptyAndStaticPools() {
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
              name: gentle
            spec:
              template:
                spec:
                  nodeClassRef: {group: karpenter.k8s.aws, kind: EC2NodeClass, name: default}
                  requirements: []
              disruption:
                consolidationPolicy: WhenEmpty
                consolidateAfter: 10m
            ---
            apiVersion: karpenter.sh/v1
            kind: NodePool
            metadata:
              name: fixed
            spec:
              replicas: 4
              template:
                spec:
                  nodeClassRef: {group: karpenter.k8s.aws, kind: EC2NodeClass, name: default}
                  requirements: []
              disruption:
                consolidateAfter: Never
            """)
        .verify();
  }
}
