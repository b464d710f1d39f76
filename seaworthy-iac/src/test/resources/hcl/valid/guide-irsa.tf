# Section "IRSA (IAM Roles for Service Accounts)": a role for the s3-app ServiceAccount in
# namespace production, and the S3 policy attached to it.
module "s3_access_irsa" {
  source = "terraform-aws-modules/iam/aws//modules/iam-role-for-service-accounts-eks"

  role_name        = "s3-access-irsa"
  role_policy_arns = { policy = aws_iam_policy.s3_access.arn }

  oidc_providers = {
    main = {
      provider_arn               = module.eks.oidc_provider_arn
      namespace_service_accounts = ["production:s3-app"]
    }
  }
}

resource "aws_iam_policy" "s3_access" {
  name = "s3-access-policy"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"]
      Resource = "arn:aws:s3:::my-app-bucket/*"
    }]
  })
}
