package dev.seaworthy.rules.cluster;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class EksSpotTaintSoftTest {

  private final RuleTester tester = RuleTester.forRule(new EksSpotTaintSoft());

  @Test
  void positive_guideSoftTaintAndModuleGroup() {
    tester.yaml(Guide.EKSCTL.replace("""
            - key: spotInstance
      """, """
            # expect: eks-spot-taint-soft eksctl node group "spot-node-group" buys Spot and is tainted only with PreferNoSchedule (spotInstance)
            - key: spotInstance
      """)).terraformYaml("""
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: "~> 20.0"
          cluster_name: c
          eks_managed_node_groups:
            spot:
              capacity_type: SPOT
              taints:
                # expect: eks-spot-taint-soft PreferNoSchedule (spot)
                - {key: spot, value: "true", effect: PREFER_NO_SCHEDULE}
        """).verify();
  }

  @Test
  void negative_hardTaintNoTaintOnDemandOrUnknown() {
    tester.terraformYaml(Guide.TERRAFORM).yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: {name: c}
        managedNodeGroups:
          - name: hard
            spot: true
            taints:
              - {key: spot, effect: PreferNoSchedule}
              - {key: spot, effect: NoSchedule}
          - name: none
            spot: true
          - name: ondemand
            taints:
              - {key: x, effect: PreferNoSchedule}
        """).terraformYaml("""
        aws_eks_node_group.a:
          cluster_name: c
          capacity_type: SPOT
          dynamic:
            - {"@label": taint, for_each: "${var.taints}"}
        """).verify();
  }
}
