locals {
  name = "prefix-${var.env"
}
