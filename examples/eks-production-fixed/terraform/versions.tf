# Module v21 needs Terraform >= 1.5.7 and AWS provider 6 (v19, as the guide pins it, breaks on provider 6).
terraform {
  required_version = ">= 1.5.7"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 6.28, < 7.0"
    }
  }
}
