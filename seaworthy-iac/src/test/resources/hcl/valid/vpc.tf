// The VPC module with one NAT gateway: cheaper, and a single-AZ point of failure.
module "vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "~> 5.0"

  name = "${var.env}-vpc"
  cidr = "10.0.0.0/16"

  azs             = slice(data.aws_availability_zones.available.names, 0, 3)
  private_subnets = [for k in range(3) : cidrsubnet("10.0.0.0/16", 4, k)]
  public_subnets  = ["10.0.48.0/24", "10.0.49.0/24", "10.0.50.0/24"]

  enable_nat_gateway     = true
  single_nat_gateway     = var.env != "production"
  one_nat_gateway_per_az = var.env == "production"

  public_subnet_tags = {
    "kubernetes.io/role/elb" = 1
  }
  private_subnet_tags = {
    "kubernetes.io/role/internal-elb" = 1
    "karpenter.sh/discovery"          = "${var.env}-cluster"
  }
}

data "aws_availability_zones" "available" {
  state = "available"
}

variable "env" {
  default = "staging"
}
