package dev.seaworthy.rules.autoscaling;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class NodePoolDisruptionBlockedTest {

  private final RuleTester tester = RuleTester.forRule(new NodePoolDisruptionBlocked());

  @Test
  void positive_permanentZeroBudgets() {
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
                budgets:
                  - nodes: "10%"
                  # expect: nodepool-disruption-blocked NodePool "default" has an always-active disruption budget of nodes: "0" for every reason
                  - nodes: "0"
                  # expect: nodepool-disruption-blocked covering Drifted
                  - nodes: "0%"
                    reasons: [Drifted, Empty]
            """)
        .verify();
  }

  @Test
  void negative_scheduledNonZeroOrNotCoveringDrift() {
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
                budgets:
                  - nodes: "10%"
                  - nodes: "0"
                    schedule: "0 9 * * mon-fri"
                    duration: 8h
                  - nodes: "0"
                    reasons: [Underutilized]
                  - nodes: "5"
            """)
        .verify();
  }
}
