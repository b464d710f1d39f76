package dev.seaworthy.rules.cluster;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class EksNoOnDemandCapacityTest {

  private final RuleTester tester = RuleTester.forRule(new EksNoOnDemandCapacity());

  @Test
  void positive_guideModuleAndTheEksctlGroupOfTheSameCluster() {
    String tf = Guide.TERRAFORM.replace("""
            instance_types: ["t3a.large"]
            capacity_type: SPOT
      """, """
            instance_types: ["t3a.large"]
            # expect: eks-no-on-demand-capacity every node group of cluster "production-cluster" runs on Spot (managed node group "general" (module "eks"), managed node group "compute" (module "eks"), eksctl node group "spot-node-group")
            capacity_type: SPOT
      """);
    tester.verifyTogether(tf, Guide.EKSCTL);
  }

  @Test
  void positive_eksctlManagedSpotOnly() {
    tester.yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: {name: prod}
        iam: {withOIDC: true}  # a cluster definition, not only node groups
        managedNodeGroups:
          - name: a
            # expect: eks-no-on-demand-capacity
            spot: true
          - name: b
            spot: true
        """).verify();
  }

  @Test
  void negative_anOnDemandGroupAnywhereOrFargateOrUnknown() {
    // the eksctl config adds an On-Demand group to the Terraform cluster
    tester.verifyTogether(Guide.TERRAFORM, """
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: {name: production-cluster}
        managedNodeGroups:
          - name: system
            instanceType: m5.large
        """);
    tester.yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: {name: prod}
        managedNodeGroups:
          - name: a
            spot: true
        fargateProfiles:
          - name: system
            selectors: [{namespace: kube-system}]
        """).yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: {name: prod}
        nodeGroups:
          - name: mixed
            instancesDistribution:
              instanceTypes: [m5.large, m5a.large]
              onDemandBaseCapacity: 1
              onDemandPercentageAboveBaseCapacity: 0
        """).verify();
    tester.terraformYaml("""
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: "~> 20.0"
          cluster_name: c
          eks_managed_node_groups:
            a: {capacity_type: SPOT}
            b: {capacity_type: "${var.capacity}"}
        """).terraformYaml("""
        aws_eks_cluster.this:
          name: c
        aws_eks_node_group.spot:
          cluster_name: c
          capacity_type: SPOT
        """).verify();
  }
}
