# v21 renamed the cluster_* inputs: name, kubernetes_version, endpoint_public_access, addons...
module "eks" {
  source  = "terraform-aws-modules/eks/aws"
  version = "~> 21.0"

  name               = "platform"
  kubernetes_version = "1.33"

  endpoint_public_access  = false
  endpoint_private_access = true

  enabled_log_types = ["audit", "api", "authenticator"]

  encryption_config = {
    resources = ["secrets"]
  }

  addons = {
    coredns = {}
    vpc-cni = {
      before_compute = true
      configuration_values = jsonencode({
        enableNetworkPolicy = "true"
      })
    }
    kube-proxy = {}
  }

  compute_config = {
    enabled    = true
    node_pools = ["general-purpose", "system"]
  }

  vpc_id     = module.vpc.vpc_id
  subnet_ids = module.vpc.private_subnets
}
