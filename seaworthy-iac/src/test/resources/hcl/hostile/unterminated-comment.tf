locals {
  a = 1
}
/* a comment that never ends
resource "x" "y" {}
