package dev.seaworthy.core.view.eks;

/** The guide's Terraform (examples/eks-production/terraform) in the YAML form of the HCL contract. */
final class GuideTerraform {

  private GuideTerraform() {}

  static final String EKS = """
      module.eks:
        source: terraform-aws-modules/eks/aws
        version: "~> 19.0"
        cluster_name: production-cluster
        cluster_version: "1.28"
        vpc_id: ${module.vpc.vpc_id}
        subnet_ids: ${module.vpc.private_subnets}
        enable_irsa: true
        cluster_endpoint_public_access: true
        cluster_endpoint_private_access: true
        cluster_endpoint_public_access_cidrs: ["10.0.0.0/8"]
        cluster_encryption_config:
          provider_key_arn: ${aws_kms_key.eks.arn}
          resources: ["secrets"]
        cluster_addons:
          coredns: {most_recent: true}
          kube-proxy: {most_recent: true}
          vpc-cni:
            most_recent: true
            configuration_values:
              env:
                ENABLE_PREFIX_DELEGATION: "true"
                WARM_PREFIX_TARGET: "1"
          aws-ebs-csi-driver:
            most_recent: true
            service_account_role_arn: ${module.ebs_csi_irsa.iam_role_arn}
        eks_managed_node_groups:
          general:
            min_size: 3
            desired_size: 3
            max_size: 10
            instance_types: ["t3a.large"]
            capacity_type: SPOT
            labels: {Environment: production, Type: general}
            taints: []
            update_config: {max_unavailable_percentage: 33}
          compute:
            min_size: 0
            desired_size: 2
            max_size: 20
            instance_types: ["c5.2xlarge", "c5a.2xlarge"]
            capacity_type: SPOT
            labels: {Environment: production, Type: compute}
            taints:
              - key: compute
                value: "true"
                effect: NO_SCHEDULE
      """;

  static final String IRSA = """
      module.s3_access_irsa:
        source: terraform-aws-modules/iam/aws//modules/iam-role-for-service-accounts-eks
        role_name: s3-access-irsa
        role_policy_arns: {policy: "${aws_iam_policy.s3_access.arn}"}
        oidc_providers:
          main:
            provider_arn: ${module.eks.oidc_provider_arn}
            namespace_service_accounts: ["production:s3-app"]
      aws_iam_policy.s3_access:
        name: s3-access-policy
        policy:
          Version: "2012-10-17"
          Statement:
            - Effect: Allow
              Action: ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"]
              Resource: "arn:aws:s3:::my-app-bucket/*"
      """;
}
