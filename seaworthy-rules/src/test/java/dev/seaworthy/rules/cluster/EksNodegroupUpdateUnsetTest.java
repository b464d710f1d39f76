package dev.seaworthy.rules.cluster;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class EksNodegroupUpdateUnsetTest {

  private final RuleTester tester = RuleTester.forRule(new EksNodegroupUpdateUnset());

  @Test
  void positive_moduleV18DefaultRawResourceEksctlAndAnEmptyBlock() {
    tester.terraformYaml("""
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: "~> 18.0"
          cluster_name: c
          eks_managed_node_groups:
            # expect: eks-nodegroup-update-unset managed node group "a" (module "eks"): it sets no update budget (module v18 default), so EKS replaces one node at a time
            a:
              instance_types: ["m5.large"]
        # expect: eks-nodegroup-update-unset (EKS API default)
        aws_eks_node_group.b:
          cluster_name: c
          node_group_name: b
        aws_eks_node_group.d:
          cluster_name: c
          update_config:
            # expect: eks-nodegroup-update-unset its update_config sets neither
            - {}
        """).yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: {name: c}
        managedNodeGroups:
          # expect: eks-nodegroup-update-unset (eksctl default)
          - name: a
        """).verify();
  }

  @Test
  void negative_moduleV19DefaultBudgetsSetSelfManagedAndUnknown() {
    tester.terraformYaml(Guide.TERRAFORM).terraformYaml("""
        aws_eks_node_group.b:
          cluster_name: c
          update_config:
            - {max_unavailable: 2}
        aws_eks_node_group.u:
          cluster_name: c
          update_config: "${var.update}"
        """).yaml(Guide.EKSCTL).yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: {name: c}
        managedNodeGroups:
          - name: a
            updateConfig: {maxUnavailable: 2}
        """).verify();
  }
}
