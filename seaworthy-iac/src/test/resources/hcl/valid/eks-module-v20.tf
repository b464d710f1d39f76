module "eks" {
  source  = "terraform-aws-modules/eks/aws"
  version = ">= 20.8, < 21.0"

  cluster_name    = "payments"
  cluster_version = "1.31"

  authentication_mode                      = "API"
  enable_cluster_creator_admin_permissions = false

  access_entries = {
    admins = {
      principal_arn = "arn:aws:iam::111122223333:role/eks-admins"
      policy_associations = {
        admin = {
          policy_arn = "arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy"
          access_scope = {
            type = "cluster"
          }
        }
      }
    }
  }

  cluster_enabled_log_types              = ["api", "audit", "authenticator", "controllerManager", "scheduler"]
  cloudwatch_log_group_retention_in_days = 90

  cluster_addons = {
    eks-pod-identity-agent = {}
    aws-ebs-csi-driver = {
      addon_version            = "v1.35.0-eksbuild.1"
      service_account_role_arn = module.ebs_csi_irsa.iam_role_arn
    }
  }

  self_managed_node_groups = {
    gpu = {
      instance_type = "g5.2xlarge"
      min_size      = 0
      max_size      = 2
      bootstrap_extra_args = "--kubelet-extra-args '--node-labels=gpu=true'"
    }
  }
}
