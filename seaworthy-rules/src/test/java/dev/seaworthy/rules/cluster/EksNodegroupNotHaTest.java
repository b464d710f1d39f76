package dev.seaworthy.rules.cluster;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class EksNodegroupNotHaTest {

  private final RuleTester tester = RuleTester.forRule(new EksNodegroupNotHa());

  @Test
  void positive_moduleDefaultMinSizeOfTheOnlyUntaintedGroup() {
    tester.terraformYaml("""
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: "~> 19.0"
          cluster_name: c
          eks_managed_node_groups:
            # expect: eks-nodegroup-not-ha managed node group "system" (module "eks") is the only node group that can run pods without tolerations (CoreDNS, controllers) and its min size is 0 (module v19 default)
            system:
              instance_types: ["m5.large"]
            batch:
              min_size: 0
              taints: [{key: batch, value: "true", effect: NO_SCHEDULE}]
        """).verify();
  }

  @Test
  void positive_eksctlSizesAndASingleZone() {
    tester.yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: {name: prod}
        iam: {withOIDC: true}  # a cluster definition, not only node groups
        managedNodeGroups:
          - name: a
            # expect: eks-nodegroup-not-ha no node group that can run pods without tolerations (CoreDNS, controllers) keeps two nodes (eksctl managed node group "a", eksctl managed node group "b"; min size 1 here)
            minSize: 1
            # expect: eks-nodegroup-not-ha is placed in the single Availability Zone us-east-1a
            availabilityZones: [us-east-1a]
          - name: b
            desiredCapacity: 1
            availabilityZones: [us-east-1a]
        """).verify();
  }

  @Test
  void negative_oneGroupIsHaOrTaintsUnknownOrScaleFromZeroBatch() {
    tester.yaml(Guide.EKSCTL).yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: {name: prod}
        managedNodeGroups:
          - name: system
            minSize: 2
            availabilityZones: [us-east-1a, us-east-1b]
          - name: batch
            minSize: 0
            availabilityZones: [us-east-1a]
            taints: [{key: batch, effect: NoSchedule}]
        """).yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: {name: prod}
        managedNodeGroups:
          - name: system
            desiredCapacity: 3
        """).verify();
    tester.terraformYaml(Guide.TERRAFORM).terraformYaml("""
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: "~> 20.0"
          cluster_name: c
          eks_managed_node_groups:
            a: {min_size: 1, taints: "${var.taints}"}
        """).terraformYaml("""
        module.eks:
          source: terraform-aws-modules/eks/aws
          cluster_name: c
          eks_managed_node_groups:
            a: {instance_types: ["m5.large"]}
        """).verify();
  }
}
