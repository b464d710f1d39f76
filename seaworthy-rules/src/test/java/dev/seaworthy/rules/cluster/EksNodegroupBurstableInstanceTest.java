package dev.seaworthy.rules.cluster;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class EksNodegroupBurstableInstanceTest {

  private final RuleTester tester = RuleTester.forRule(new EksNodegroupBurstableInstance());

  @Test
  void positive_guideGroupAndTheEksApiDefault() {
    tester.terraformYaml("""
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: "~> 19.0"
          cluster_name: c
          eks_managed_node_groups:
            general:
              # expect: eks-nodegroup-burstable-instance managed node group "general" (module "eks") uses burstable instance type t3a.large
              instance_types: ["t3a.large"]
            compute:
              instance_types: ["c5.2xlarge", "c5a.2xlarge"]
        # expect: eks-nodegroup-burstable-instance t3.medium (EKS API default)
        aws_eks_node_group.d:
          cluster_name: c
        """).verify();
  }

  @Test
  void negative_fixedPerformanceAndUnknown() {
    tester.yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: {name: c}
        managedNodeGroups:
          - name: a
            instanceTypes: [m5.large, c6g.large]
          - name: eksctl-picks
        """).verify();
  }
}
