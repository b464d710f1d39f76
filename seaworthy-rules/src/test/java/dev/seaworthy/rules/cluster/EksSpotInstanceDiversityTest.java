package dev.seaworthy.rules.cluster;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class EksSpotInstanceDiversityTest {

  private final RuleTester tester = RuleTester.forRule(new EksSpotInstanceDiversity());

  @Test
  void positive_guideGroupsAndTheEksApiDefaultType() {
    tester.yaml(Guide.EKSCTL.replace("""
            instanceTypes:
              - t3a.large
      """, """
            # expect: eks-spot-instance-diversity eksctl node group "spot-node-group" buys Spot with 3 instance types (t3a.large, t3.large, t2.large): when those Spot pools are reclaimed the group cannot replace its nodes; AWS recommends being flexible across at least 10 types
            instanceTypes:
              - t3a.large
      """)).terraformYaml("""
        # expect: eks-spot-instance-diversity 1 instance type (t3.medium) (EKS API default)
        aws_eks_node_group.spot:
          cluster_name: c
          capacity_type: SPOT
        """).verify();
  }

  @Test
  void negative_fiveTypesOnDemandOrUnknown() {
    tester.yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: {name: c}
        managedNodeGroups:
          - name: spot
            spot: true
            instanceTypes: [m5.large, m5a.large, m6i.large, m6a.large, m7i.large]
          - name: ondemand
            instanceTypes: [m5.large]
          - name: unknown
            spot: true
        """).terraformYaml("""
        aws_eks_node_group.spot:
          cluster_name: c
          capacity_type: SPOT
          instance_types: "${var.types}"
        """).verify();
  }
}
