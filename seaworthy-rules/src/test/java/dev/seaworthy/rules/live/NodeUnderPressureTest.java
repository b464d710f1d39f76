package dev.seaworthy.rules.live;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class NodeUnderPressureTest {

  private final RuleTester tester = RuleTester.forRule(new NodeUnderPressure());

  @Test
  void positive_eachPressureIsOneFinding() {
    tester
        .yaml("""
            apiVersion: v1
            kind: Node
            metadata:
              name: a
            status:
              conditions:
                # expect: node-under-pressure node "a" is under memory pressure
                - type: MemoryPressure
                  status: "True"
                # expect: node-under-pressure takes no new ones: KubeletHasDiskPressure
                - type: DiskPressure
                  status: "True"
                  reason: KubeletHasDiskPressure
                # expect: node-under-pressure under PID pressure
                - type: PIDPressure
                  status: "True"
                - type: Ready
                  status: "True"
            """)
        .verify();
  }

  @Test
  void negative_noPressureOrOtherConditionsTrue() {
    tester
        .yaml("""
            apiVersion: v1
            kind: Node
            metadata:
              name: fine
            status:
              conditions:
                - type: MemoryPressure
                  status: "False"
                - type: DiskPressure
                  status: Unknown
                - type: NetworkUnavailable
                  status: "True"
                - type: Ready
                  status: "True"
            """)
        .verify();
  }
}
