variable "cluster_version" {
  type    = string
  default = "1.27"
}

variable "public_access" {
  type    = bool
  default = true
}

variable "node_min" {
  type    = number
  default = 1
}

variable "required_only" {
  type = string
}

locals {
  cluster_name = "shop-${var.environment}"
  ha           = var.node_min >= 2
  loop_a       = local.loop_b
  loop_b       = "x-${local.loop_a}"
}

variable "environment" {
  default = "dev"
}

resource "aws_eks_cluster" "shop" {
  name    = local.cluster_name
  version = var.cluster_version

  vpc_config {
    endpoint_public_access = var.public_access
    subnet_ids             = [var.required_only]
  }

  tags = {
    HighlyAvailable = local.ha
    Nodes           = var.node_min * 3
    Loop            = local.loop_a
  }
}
