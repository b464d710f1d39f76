resource "aws_eks_cluster" "x" {
  name = "never closed
}
