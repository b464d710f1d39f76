locals {
  name = "caf√
}
