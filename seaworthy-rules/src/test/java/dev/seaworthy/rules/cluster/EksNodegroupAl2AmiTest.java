package dev.seaworthy.rules.cluster;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class EksNodegroupAl2AmiTest {

  private final RuleTester tester = RuleTester.forRule(new EksNodegroupAl2Ami());

  @Test
  void positive_guideUnsetAmiOn128ExplicitAl2AndEksctlFamily() {
    tester.terraformYaml("""
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: "~> 19.0"
          cluster_name: c
          cluster_version: "1.28"
          eks_managed_node_groups:
            # expect: eks-nodegroup-al2-ami managed node group "general" (module "eks") sets no AMI type, so on Kubernetes 1.28 EKS launches Amazon Linux 2 (its default up to 1.29): EKS stopped publishing AL2 AMIs on 2025-11-26
            general:
              instance_types: ["t3a.large"]
            arm:
              # expect: eks-nodegroup-al2-ami uses Amazon Linux 2 (AL2_ARM_64)
              ami_type: AL2_ARM_64
        aws_eks_node_group.new:
          cluster_name: c
          version: "1.33"
          # expect: eks-nodegroup-al2-ami no AL2 AMI exists for Kubernetes 1.33 (the last is 1.32)
          ami_type: AL2_x86_64
        """).yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: {name: c, version: "1.31"}
        managedNodeGroups:
          - name: a
            # expect: eks-nodegroup-al2-ami eksctl managed node group "a" uses Amazon Linux 2 (AmazonLinux2)
            amiFamily: AmazonLinux2
        """).verify();
  }

  @Test
  void positive_rawNodeGroupWithoutAmiOnTheRawClusterVersion() {
    tester.terraformYaml("""
        aws_eks_cluster.this:
          name: c
          version: "1.29"
        # expect: eks-nodegroup-al2-ami aws_eks_node_group "ng" sets no AMI type, so on Kubernetes 1.29
        aws_eks_node_group.ng:
          cluster_name: ${aws_eks_cluster.this.name}
        """).verify();
  }

  @Test
  void negative_al2023BottlerocketV21DefaultNewVersionsUnknownVersionAndEksctlDefault() {
    tester.terraformYaml("""
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: "~> 21.0"
          name: c
          kubernetes_version: "1.29"
          eks_managed_node_groups:
            a: {instance_types: ["m5.large"]}
        aws_eks_node_group.b:
          cluster_name: c
          version: "1.30"
        aws_eks_node_group.br:
          cluster_name: c
          ami_type: BOTTLEROCKET_x86_64
        aws_eks_node_group.custom:
          cluster_name: c
          version: "1.28"
          launch_template:
            - {id: lt-1}
        """).terraformYaml("""
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: "~> 20.0"
          cluster_name: c
          cluster_version: ${var.version}
          eks_managed_node_groups:
            a: {instance_types: ["m5.large"]}
        """).yaml(Guide.EKSCTL).yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: {name: c, version: "1.28"}
        managedNodeGroups:
          - name: a
          - name: b
            amiFamily: AmazonLinux2023
        """).verify();
  }
}
