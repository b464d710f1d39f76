locals {
  azs          = ["eu-west-1a", "eu-west-1b", "eu-west-1c"]
  upper_azs    = [for az in local.azs : upper(az)]
  by_index     = { for i, az in local.azs : az => i }
  grouped      = { for az in local.azs : substr(az, 0, 9) => az... }
  non_empty    = [for s in ["a", "", "b"] : s if s != ""]
  subnet_ids   = module.vpc.private_subnets[*]
  first_subnet = module.vpc.private_subnets[0]
  legacy       = module.vpc.private_subnets.0
  node_arns    = aws_eks_node_group.this.*.arn
  group_names  = keys(var.node_groups)
}

variable "node_groups" {
  type = map(object({ min = number, max = number }))
  default = {
    system  = { min = 2, max = 3 }
    compute = { min = 0, max = 10 }
  }
}

resource "aws_eks_node_group" "this" {
  for_each        = var.node_groups
  cluster_name    = "platform"
  node_group_name = each.key
  node_role_arn   = aws_iam_role.nodes.arn
  subnet_ids      = local.subnet_ids

  scaling_config {
    min_size     = each.value.min
    max_size     = each.value.max
    desired_size = each.value.min
  }

  tags = merge(local.common, { AZs = join(",", local.azs) }, { Names = join(" ", local.group_names) })
}

locals {
  common = { Team = "platform", Count = length(local.azs) }
}
