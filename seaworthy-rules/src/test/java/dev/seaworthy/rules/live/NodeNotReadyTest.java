package dev.seaworthy.rules.live;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class NodeNotReadyTest {

  private final RuleTester tester = RuleTester.forRule(new NodeNotReady());

  @Test
  void positive_falseAndUnknown() {
    tester
        .yaml("""
            apiVersion: v1
            kind: Node
            metadata:
              name: a
            status:
              conditions:
                - type: MemoryPressure
                  status: "False"
                # expect: node-not-ready node "a" is not Ready since 2026-11-24T02:10:00Z: KubeletNotReady (PLEG is not healthy)
                - type: Ready
                  status: "False"
                  lastTransitionTime: "2026-11-24T02:10:00Z"
                  reason: KubeletNotReady
                  message: PLEG is not healthy
            """)
        .yaml("""
            apiVersion: v1
            kind: Node
            metadata:
              name: b
            status:
              conditions:
                # expect: node-not-ready node "b" has stopped reporting (Ready is Unknown): NodeStatusUnknown
                - type: Ready
                  status: Unknown
                  reason: NodeStatusUnknown
            """)
        .verify();
  }

  @Test
  void negative_readyNoConditionsOrNotANode() {
    tester
        .yaml("""
            apiVersion: v1
            kind: Node
            metadata:
              name: ready
            status:
              conditions:
                - type: Ready
                  status: "True"
            """)
        .yaml("""
            apiVersion: v1
            kind: Node
            metadata:
              name: from-a-manifest
            spec:
              taints: []
            """)
        .yaml("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: p
            spec:
              containers: [{name: a, image: "x:1"}]
            status:
              conditions:
                - type: Ready
                  status: "False"
            """)
        .verify();
  }
}
