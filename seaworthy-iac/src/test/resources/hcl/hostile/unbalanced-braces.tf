module "eks" {
  source = "terraform-aws-modules/eks/aws"
  cluster_addons = {
    coredns = {}

