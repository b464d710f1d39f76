resource "aws_eks_cluster" "x" {
  name    = "a"
  version = "1.30"
  name    = "b"
}
