# auto.tfvars files load after terraform.tfvars and win
environment   = "production"
public_access = false
