package dev.seaworthy.rules.cluster;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class EksVpcCniSharedNodeRoleTest {

  private final RuleTester tester = RuleTester.forRule(new EksVpcCniSharedNodeRole());

  @Test
  void positive_guideModuleRawAddonAndEksctlWithoutOidc() {
    tester.terraformYaml(Guide.TERRAFORM.replace("""
          vpc-cni:
            most_recent: true
      """, """
          # expect: eks-vpc-cni-shared-node-role add-on "vpc-cni" (module "eks") has no IAM role of its own (no service_account_role_arn or Pod Identity association)
          vpc-cni:
            most_recent: true
      """)).terraformYaml("""
        # expect: eks-vpc-cni-shared-node-role aws_eks_addon "cni" has no IAM role
        aws_eks_addon.cni:
          cluster_name: c
          addon_name: vpc-cni
        """).yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: {name: c}
        addons:
          # expect: eks-vpc-cni-shared-node-role iam.withOIDC is off
          - name: vpc-cni
        """).verify();
  }

  @Test
  void negative_roleGivenOrGivenElsewhere() {
    tester.terraformYaml("""
        aws_eks_addon.cni:
          cluster_name: c
          addon_name: vpc-cni
          service_account_role_arn: ${module.cni_irsa.iam_role_arn}
        aws_eks_addon.pi:
          cluster_name: c
          addon_name: vpc-cni
          pod_identity_association:
            - {role_arn: "${aws_iam_role.cni.arn}", service_account: aws-node}
        """).terraformYaml("""
        aws_eks_addon.cni:
          cluster_name: c
          addon_name: vpc-cni
        aws_eks_pod_identity_association.cni:
          cluster_name: c
          namespace: kube-system
          service_account: aws-node
          role_arn: ${aws_iam_role.cni.arn}
        """).yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: {name: c}
        iam: {withOIDC: true}
        addons:
          - name: vpc-cni
        """).yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: {name: c}
        addons:
          - name: vpc-cni
            attachPolicyARNs: [arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy]
          - name: coredns
        """).verify();
    // the ServiceAccount is annotated in the manifests
    tester.verifyTogether("""
        aws_eks_addon.cni:
          cluster_name: c
          addon_name: vpc-cni
        """, """
        apiVersion: v1
        kind: ServiceAccount
        metadata:
          name: aws-node
          namespace: kube-system
          annotations:
            eks.amazonaws.com/role-arn: arn:aws:iam::111122223333:role/cni
        """);
  }
}
