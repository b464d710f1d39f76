resource "aws_eks_cluster" {
  name = "one label"
}
