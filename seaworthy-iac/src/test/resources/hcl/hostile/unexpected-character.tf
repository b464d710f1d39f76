locals {
  a = @foo
}
