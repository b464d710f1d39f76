package dev.seaworthy.rules.cluster;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class IrsaTrustUnscopedTest {

  private final RuleTester tester = RuleTester.forRule(new IrsaTrustUnscoped());

  @Test
  void positive_noSubConditionAsInTheMetadataExample() {
    tester.terraformYaml("""
        aws_iam_openid_connect_provider.eks:
          url: ${aws_eks_cluster.this.identity[0].oidc[0].issuer}
          client_id_list: ["sts.amazonaws.com"]
        aws_iam_role.app:
          name: app
          assume_role_policy:
            Version: "2012-10-17"
            Statement:
              # expect: irsa-trust-unscoped no condition on <issuer>:sub
              - Effect: Allow
                Action: sts:AssumeRoleWithWebIdentity
                Principal: {Federated: "${aws_iam_openid_connect_provider.eks.arn}"}
        """).verify();
  }

  @Test
  void positive_wildcardSubjectInAPolicyDocument() {
    tester.terraformYaml("""
        data.aws_iam_policy_document.trust:
          statement:
            - actions: ["sts:AssumeRoleWithWebIdentity"]
              principals:
                - type: Federated
                  identifiers: ["${aws_iam_openid_connect_provider.eks.arn}"]
              condition:
                # expect: irsa-trust-unscoped StringLike on <issuer>:sub admits [system:serviceaccount:*:*]
                - test: StringLike
                  variable: ${"${replace(aws_iam_openid_connect_provider.eks.url, "https://", "")}:sub"}
                  values: ["system:serviceaccount:*:*"]
        aws_iam_role.app:
          name: app
          assume_role_policy: ${data.aws_iam_policy_document.trust.json}
        """).verify();
  }

  @Test
  void negative_scopedOtherTrustsAndUnknowns() {
    tester.terraformYaml("""
        aws_iam_role.app:
          name: app
          assume_role_policy:
            Statement:
              - Effect: Allow
                Action: sts:AssumeRoleWithWebIdentity
                Principal: {Federated: "${aws_iam_openid_connect_provider.eks.arn}"}
                Condition:
                  StringEquals:
                    "oidc.eks.eu-west-1.amazonaws.com/id/EXAMPLE:sub": system:serviceaccount:production:app
                    "oidc.eks.eu-west-1.amazonaws.com/id/EXAMPLE:aud": sts.amazonaws.com
        aws_iam_role.unresolved_provider:
          name: unresolved
          assume_role_policy:
            Statement:
              - Effect: Allow
                Action: sts:AssumeRoleWithWebIdentity
                Principal: {Federated: "${aws_iam_openid_connect_provider.elsewhere.arn}"}
        aws_iam_openid_connect_provider.github:
          url: https://token.actions.githubusercontent.com
        aws_iam_role.ci:
          name: ci
          assume_role_policy:
            Statement:
              - Effect: Allow
                Action: sts:AssumeRoleWithWebIdentity
                Principal: {Federated: "${aws_iam_openid_connect_provider.github.arn}"}
        aws_iam_role.nodes:
          name: nodes
          assume_role_policy:
            Statement:
              - Effect: Allow
                Action: sts:AssumeRole
                Principal: {Service: ec2.amazonaws.com}
        aws_iam_role.opaque:
          name: opaque
          assume_role_policy: ${file("trust.json")}
        aws_iam_role.merged:
          name: merged
          assume_role_policy: ${data.aws_iam_policy_document.merged.json}
        data.aws_iam_policy_document.merged:
          source_policy_documents: ["${local.base}"]
          statement:
            - actions: ["sts:AssumeRoleWithWebIdentity"]
        module.irsa:
          source: terraform-aws-modules/iam/aws//modules/iam-role-for-service-accounts-eks
          role_name: x
          oidc_providers:
            main:
              provider_arn: ${module.eks.oidc_provider_arn}
              namespace_service_accounts: ["production:app"]
        """).verify();
  }

  @Test
  void hcl_jsonencodeTrustWithAnInterpolatedIssuerKey() {
    RuleTester.forRule(new IrsaTrustUnscoped()).hcl("""
        resource "aws_iam_openid_connect_provider" "eks" {
          url = aws_eks_cluster.this.identity[0].oidc[0].issuer
        }

        locals {
          oidc = replace(aws_iam_openid_connect_provider.eks.url, "https://", "")
        }

        resource "aws_iam_role" "scoped" {
          assume_role_policy = jsonencode({
            Statement = [{
              Effect    = "Allow"
              Action    = "sts:AssumeRoleWithWebIdentity"
              Principal = { Federated = aws_iam_openid_connect_provider.eks.arn }
              Condition = { StringEquals = { "${local.oidc}:sub" = "system:serviceaccount:team-a:app" } }
            }]
          })
        }

        resource "aws_iam_role" "open" {
          assume_role_policy = jsonencode({
            Statement = [
              # expect: irsa-trust-unscoped no condition on <issuer>:sub
              {
                Effect    = "Allow"
                Action    = "sts:AssumeRoleWithWebIdentity"
                Principal = { Federated = aws_iam_openid_connect_provider.eks.arn }
              }
            ]
          })
        }

        resource "aws_iam_role" "unknown_condition" {
          assume_role_policy = jsonencode({
            Statement = [{
              Effect    = "Allow"
              Action    = "sts:AssumeRoleWithWebIdentity"
              Principal = { Federated = aws_iam_openid_connect_provider.eks.arn }
              Condition = { StringEquals = var.conditions }
            }]
          })
        }
        """).verify();
  }
}
