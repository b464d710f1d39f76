# terraform-aws-modules/eks v18: aws-auth managed by the module, node groups under
# eks_managed_node_groups, cluster_* input names.
module "eks" {
  source  = "terraform-aws-modules/eks/aws"
  version = "18.31.2"

  cluster_name                    = local.name
  cluster_version                 = var.cluster_version
  cluster_endpoint_private_access = true
  cluster_endpoint_public_access  = false

  cluster_enabled_log_types = ["api", "audit", "authenticator"]

  manage_aws_auth_configmap = true
  aws_auth_roles = [
    {
      rolearn  = "arn:aws:iam::111122223333:role/platform-admin"
      username = "platform-admin"
      groups   = ["system:masters"]
    },
  ]

  eks_managed_node_group_defaults = {
    ami_type       = "AL2_x86_64"
    disk_size      = 50
    instance_types = ["m6i.large", "m5.large"]
  }

  eks_managed_node_groups = {
    system = {
      min_size     = 2
      max_size     = 4
      desired_size = 2
    }
  }

  tags = local.tags
}

variable "cluster_version" {
  type    = string
  default = "1.24"
}

locals {
  name = "legacy-${var.cluster_version == "1.24" ? "old" : "new"}"
  tags = {
    Team        = "platform"
    ManagedBy   = "terraform"
  }
}
