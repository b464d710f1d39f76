package dev.seaworthy.rules.cluster;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class EksNodegroupSelfManagedTest {

  private final RuleTester tester = RuleTester.forRule(new EksNodegroupSelfManaged());

  @Test
  void positive_guideEksctlGroupModuleSelfManagedAndTaggedAsg() {
    tester.yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: {name: production-cluster}
        nodeGroups:
          # expect: eks-nodegroup-self-managed eksctl node group "spot-node-group" is self-managed
          - name: spot-node-group
            instanceType: m5.large
        managedNodeGroups:
          - name: fine
        """).terraformYaml("""
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: "~> 20.0"
          cluster_name: c
          self_managed_node_groups:
            # expect: eks-nodegroup-self-managed self-managed node group "legacy" (module "eks")
            legacy:
              instance_type: m5.large
          eks_managed_node_groups:
            fine: {instance_types: ["m5.large"]}
        # expect: eks-nodegroup-self-managed aws_autoscaling_group "workers" joins an EKS cluster
        aws_autoscaling_group.workers:
          max_size: 3
          tag:
            - {key: "kubernetes.io/cluster/c", value: owned, propagate_at_launch: true}
        """).verify();
  }

  @Test
  void negative_managedGroupsAndUnrelatedAsgs() {
    tester.terraformYaml(Guide.TERRAFORM).terraformYaml("""
        aws_eks_node_group.a:
          cluster_name: c
          node_group_name: a
        aws_autoscaling_group.web:
          max_size: 3
          tag:
            - {key: Name, value: web, propagate_at_launch: true}
        """).verify();
  }
}
