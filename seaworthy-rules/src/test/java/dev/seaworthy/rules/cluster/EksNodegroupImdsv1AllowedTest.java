package dev.seaworthy.rules.cluster;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class EksNodegroupImdsv1AllowedTest {

  private final RuleTester tester = RuleTester.forRule(new EksNodegroupImdsv1Allowed());

  @Test
  void positive_eksctlModuleDefaultsMapAndLaunchTemplate() {
    tester.yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: {name: c}
        managedNodeGroups:
          - name: a
            # expect: eks-nodegroup-imdsv1-allowed eksctl managed node group "a" allows IMDSv1: any pod
            disableIMDSv1: false
        """).terraformYaml("""
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: "~> 19.0"
          cluster_name: c
          eks_managed_node_group_defaults:
            # expect: eks-nodegroup-imdsv1-allowed managed node group "a" (module "eks") allows IMDSv1
            metadata_options: {http_tokens: optional}
          eks_managed_node_groups:
            a: {instance_types: ["m5.large"]}
        aws_eks_node_group.b:
          cluster_name: c
          launch_template:
            - {id: "${aws_launch_template.lt.id}", version: 1}
        aws_launch_template.lt:
          metadata_options:
            # expect: eks-nodegroup-imdsv1-allowed aws_eks_node_group "b" allows IMDSv1 (EC2 default)
            - {http_put_response_hop_limit: 1}
        """).verify();
  }

  @Test
  void negative_defaultsRequireTokensPodImdsOrUnknownTemplate() {
    tester.terraformYaml(Guide.TERRAFORM).yaml(Guide.EKSCTL).yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: {name: c}
        managedNodeGroups:
          - name: a
            disableIMDSv1: false
            disablePodIMDS: true
          - name: own-template
            launchTemplate: {id: lt-0123}
        """).terraformYaml("""
        aws_eks_node_group.b:
          cluster_name: c
        aws_eks_node_group.d:
          cluster_name: c
          launch_template:
            - {id: "${aws_launch_template.elsewhere.id}"}
        """).verify();
  }
}
