variable "cluster_name" {
  type = string
}

variable "min_size" {
  type    = number
  default = 1
}

resource "aws_eks_node_group" "this" {
  cluster_name    = var.cluster_name
  node_group_name = "workers"
  node_role_arn   = "arn:aws:iam::111122223333:role/nodes"
  subnet_ids      = ["subnet-1", "subnet-2"]

  scaling_config {
    min_size     = var.min_size
    max_size     = 5
    desired_size = var.min_size
  }
}
