locals {
  a = "\x41"
}
