variable "ingress_ports" {
  type    = list(number)
  default = [443, 10250]
}

resource "aws_security_group" "nodes" {
  name_prefix = "nodes-"
  vpc_id      = module.vpc.vpc_id

  dynamic "ingress" {
    for_each = var.ingress_ports
    content {
      from_port   = ingress.value
      to_port     = ingress.value
      protocol    = "tcp"
      cidr_blocks = [module.vpc.vpc_cidr_block]
    }
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_launch_template" "nodes" {
  name_prefix = "eks-nodes-"

  metadata_options {
    http_endpoint               = "enabled"
    http_tokens                 = "required"
    http_put_response_hop_limit = 2
  }

  dynamic "block_device_mappings" {
    for_each = { xvda = 100, xvdb = 200 }
    iterator = disk
    content {
      device_name = "/dev/${disk.key}"
      ebs {
        volume_size = disk.value
        encrypted   = true
      }
    }
  }
}
