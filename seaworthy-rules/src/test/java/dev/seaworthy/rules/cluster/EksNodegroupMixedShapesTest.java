package dev.seaworthy.rules.cluster;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class EksNodegroupMixedShapesTest {

  private final RuleTester tester = RuleTester.forRule(new EksNodegroupMixedShapes());

  @Test
  void positive_differentVcpuOrMemory() {
    tester.yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: {name: c}
        managedNodeGroups:
          - name: a
            # expect: eks-nodegroup-mixed-shapes mixes instance shapes: m5.large, m5a.large (2 vCPU / 8 GiB); c5.large (2 vCPU / 4 GiB)
            instanceTypes: [m5.large, m5a.large, c5.large]
        """).verify();
  }

  @Test
  void negative_guideShapesAgreeOneTypeOrUnknownType() {
    tester.yaml(Guide.EKSCTL).terraformYaml(Guide.TERRAFORM).yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: {name: c}
        managedNodeGroups:
          - name: one
            instanceType: m5.large
          - name: futuristic
            instanceTypes: [m5.large, z99.mega]
        """).verify();
  }
}
