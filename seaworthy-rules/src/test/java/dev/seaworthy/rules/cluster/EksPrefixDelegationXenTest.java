package dev.seaworthy.rules.cluster;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class EksPrefixDelegationXenTest {

  private final RuleTester tester = RuleTester.forRule(new EksPrefixDelegationXen());

  @Test
  void positive_guideModuleAddonAndTheEksctlT2Group() {
    String tf = Guide.TERRAFORM.replace("""
                ENABLE_PREFIX_DELEGATION: "true"
      """, """
                # expect: eks-prefix-delegation-xen add-on "vpc-cni" (module "eks") enables prefix delegation, but eksctl node group "spot-node-group" (t2.large) uses Xen instance types, which get no prefixes and stay at secondary-IP pod density (35 pods on a t2.large)
                ENABLE_PREFIX_DELEGATION: "true"
      """);
    tester.verifyTogether(tf, Guide.EKSCTL);
  }

  @Test
  void positive_eksctlJsonConfigurationAndRawAddonOfARawCluster() {
    tester.yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: {name: c}
        addons:
          - name: vpc-cni
            # expect: eks-prefix-delegation-xen eksctl managed node group "old" (m4.large)
            configurationValues: '{"env": {"ENABLE_PREFIX_DELEGATION": "true"}}'
        managedNodeGroups:
          - name: old
            instanceTypes: [m4.large]
        """).terraformYaml("""
        aws_eks_cluster.this:
          name: c
        aws_eks_addon.cni:
          cluster_name: ${aws_eks_cluster.this.name}
          addon_name: vpc-cni
          # expect: eks-prefix-delegation-xen aws_eks_node_group "old" (t2.medium)
          configuration_values: '{"env": {"ENABLE_PREFIX_DELEGATION": "true"}}'
        aws_eks_node_group.old:
          cluster_name: ${aws_eks_cluster.this.name}
          instance_types: [t2.medium]
        """).verify();
  }

  @Test
  void negative_guideWithoutTheEksctlGroupOtherClustersOrPrefixesOff() {
    tester.terraformYaml(Guide.TERRAFORM).yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: {name: c}
        addons:
          - name: vpc-cni
            configurationValues: '{"env": {"ENABLE_PREFIX_DELEGATION": "false"}}'
        managedNodeGroups:
          - name: old
            instanceTypes: [m4.large]
        """).verify();
    tester.verifyTogether(Guide.TERRAFORM, Guide.EKSCTL.replace("name: production-cluster", "name: other-cluster"));
  }
}
