module "eks" {
  source          = "terraform-aws-modules/eks/aws"
  version         = "~> 20.0"
  cluster_name    = "nested"
  cluster_version = "1.32"
}

module "workers" {
  source       = "./modules/node-group"
  cluster_name = module.eks.cluster_name
  min_size     = 3
}
