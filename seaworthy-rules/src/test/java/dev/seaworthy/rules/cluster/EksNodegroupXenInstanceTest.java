package dev.seaworthy.rules.cluster;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class EksNodegroupXenInstanceTest {

  private final RuleTester tester = RuleTester.forRule(new EksNodegroupXenInstance());

  @Test
  void positive_guideT2AndTerraformM4() {
    tester.yaml(Guide.EKSCTL.replace("""
            instanceTypes:
              - t3a.large
      """, """
            # expect: eks-nodegroup-xen-instance eksctl node group "spot-node-group" uses Xen-based instance type t2.large: no VPC CNI prefix delegation
            instanceTypes:
              - t3a.large
      """)).terraformYaml("""
        aws_eks_node_group.a:
          cluster_name: c
          # expect: eks-nodegroup-xen-instance instance types m4.large, c4.xlarge
          instance_types: [m4.large, c4.xlarge, m5.large]
        """).verify();
  }

  @Test
  void negative_nitroTypesDefaultTypeAndUnknown() {
    tester.terraformYaml(Guide.TERRAFORM).terraformYaml("""
        aws_eks_node_group.a:
          cluster_name: c
        aws_eks_node_group.b:
          cluster_name: c
          instance_types: "${var.types}"
        """).verify();
  }
}
