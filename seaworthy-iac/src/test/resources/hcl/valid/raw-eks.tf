/*
 * A cluster written with the raw AWS resources rather than the community module.
 */
resource "aws_kms_key" "eks" {
  description             = "EKS secrets"
  enable_key_rotation     = true
  deletion_window_in_days = 30
}

# seaworthy:ignore endpoint-public-unrestricted,cluster-logging-incomplete reviewed by the platform team
resource "aws_eks_cluster" "this" {
  name     = "raw"
  role_arn = aws_iam_role.cluster.arn
  version  = "1.30"

  enabled_cluster_log_types = ["api", "audit"]

  vpc_config {
    subnet_ids              = var.subnet_ids
    endpoint_private_access = true
    endpoint_public_access  = true
    public_access_cidrs     = ["0.0.0.0/0"]
  }

  encryption_config {
    resources = ["secrets"]
    provider {
      key_arn = aws_kms_key.eks.arn
    }
  }

  access_config {
    authentication_mode                         = "API_AND_CONFIG_MAP"
    bootstrap_cluster_creator_admin_permissions = true
  }
}

resource "aws_eks_node_group" "general" { // seaworthy:ignore node-group-spot-only
  cluster_name    = aws_eks_cluster.this.name
  node_group_name = "general"
  node_role_arn   = aws_iam_role.nodes.arn
  subnet_ids      = var.subnet_ids
  capacity_type   = "SPOT"
  instance_types  = ["t3.large"]

  scaling_config {
    desired_size = 1
    max_size     = 3
    min_size     = 1
  }

  update_config {
    max_unavailable = 1
  }

  remote_access {
    ec2_ssh_key = "ops"
  }

  taint {
    key    = "dedicated"
    value  = "batch"
    effect = "NO_SCHEDULE"
  }
}

resource "aws_eks_addon" "vpc_cni" {
  cluster_name                = aws_eks_cluster.this.name
  addon_name                  = "vpc-cni"
  addon_version               = "v1.18.3-eksbuild.2"
  resolve_conflicts_on_update = "OVERWRITE"
  configuration_values        = jsonencode({ enableNetworkPolicy = "false" })
}

variable "subnet_ids" {
  type = list(string)
}
