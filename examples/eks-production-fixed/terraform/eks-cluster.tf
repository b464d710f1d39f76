# The guide's cluster done right: module v21 (current major), Kubernetes in standard support, a private
# endpoint only, access entries instead of aws-auth, all five control-plane log types kept a year,
# Secrets encrypted with the module's own KMS key (rotation on by default), VPC CNI with its own IAM role,
# network policy enforcement and prefix delegation applied before the nodes start, an On-Demand system
# node group beside a diversified, tainted Spot group.
module "eks" {
  source  = "terraform-aws-modules/eks/aws"
  version = "~> 21.0"

  name               = "production-cluster"
  kubernetes_version = "1.35"

  vpc_id     = module.vpc.vpc_id
  subnet_ids = module.vpc.private_subnets

  endpoint_public_access  = false
  endpoint_private_access = true

  authentication_mode                      = "API"
  enable_cluster_creator_admin_permissions = false
  access_entries = {
    platform = {
      principal_arn = "arn:aws:iam::123456789012:role/platform-admins"
      policy_associations = {
        admin = {
          policy_arn   = "arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy"
          access_scope = { type = "cluster" }
        }
      }
    }
  }

  enabled_log_types                      = ["api", "audit", "authenticator", "controllerManager", "scheduler"]
  cloudwatch_log_group_retention_in_days = 365

  addons = {
    coredns                = { most_recent = true }
    kube-proxy             = { most_recent = true }
    eks-pod-identity-agent = { most_recent = true, before_compute = true }
    vpc-cni = {
      most_recent              = true
      before_compute           = true
      service_account_role_arn = module.vpc_cni_irsa.iam_role_arn
      configuration_values = jsonencode({
        enableNetworkPolicy = "true"
        env = {
          ENABLE_PREFIX_DELEGATION = "true"
          WARM_PREFIX_TARGET       = "1"
        }
      })
    }
    aws-ebs-csi-driver = {
      most_recent              = true
      service_account_role_arn = module.ebs_csi_irsa.iam_role_arn
    }
  }

  eks_managed_node_groups = {
    # CoreDNS, the load balancer controller and the autoscaler need capacity that is not interrupted
    system = {
      min_size       = 2
      desired_size   = 3
      max_size       = 6
      instance_types = ["m6i.large", "m7i.large", "m6a.large"]
      capacity_type  = "ON_DEMAND"
      ami_type       = "AL2023_x86_64_STANDARD"
      labels         = { Environment = "production", Type = "system" }
      update_config  = { max_unavailable_percentage = 33 }
    }

    # batch work on Spot: many types of one shape (8 vCPU / 16 GiB), a hard taint keeps other pods off
    compute = {
      min_size       = 0
      desired_size   = 2
      max_size       = 20
      instance_types = ["c5.2xlarge", "c5a.2xlarge", "c5d.2xlarge", "c6i.2xlarge", "c6a.2xlarge", "c6id.2xlarge", "c7i.2xlarge", "c7a.2xlarge"]
      capacity_type  = "SPOT"
      ami_type       = "AL2023_x86_64_STANDARD"
      labels         = { Environment = "production", Type = "compute" }
      update_config  = { max_unavailable_percentage = 33 }
      taints = {
        compute = {
          key    = "compute"
          value  = "true"
          effect = "NO_SCHEDULE"
        }
      }
    }
  }
}

# NAT gateway per AZ: with a single one, an AZ outage cuts every private subnet off the internet
module "vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "~> 6.0"

  name = "production"
  cidr = "10.0.0.0/16"

  azs             = ["us-east-1a", "us-east-1b", "us-east-1c"]
  private_subnets = ["10.0.0.0/19", "10.0.32.0/19", "10.0.64.0/19"]
  public_subnets  = ["10.0.96.0/22", "10.0.100.0/22", "10.0.104.0/22"]

  enable_nat_gateway     = true
  single_nat_gateway     = false
  one_nat_gateway_per_az = true

  private_subnet_tags = { "kubernetes.io/role/internal-elb" = 1 }
  public_subnet_tags  = { "kubernetes.io/role/elb" = 1 }
}
