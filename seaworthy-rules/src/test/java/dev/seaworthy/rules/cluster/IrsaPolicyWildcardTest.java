package dev.seaworthy.rules.cluster;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class IrsaPolicyWildcardTest {

  private final RuleTester tester = RuleTester.forRule(new IrsaPolicyWildcard());

  @Test
  void positive_eksctlInlineAndManagedPolicies() {
    tester.yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: eu-west-1
        iam:
          withOIDC: true
          serviceAccounts:
            - metadata: {name: s3-app, namespace: production}
              attachPolicy:
                Statement:
                  - Effect: Allow
                    Action:
                      - s3:GetObject
                      # expect: irsa-policy-wildcard every s3 action (s3:*)
                      - s3:*
                    Resource: "arn:aws:s3:::bucket/*"
            - metadata: {name: admin, namespace: ops}
              attachPolicyARNs:
                # expect: irsa-policy-wildcard grants every AWS action on every resource
                - arn:aws:iam::aws:policy/AdministratorAccess
                # expect: irsa-policy-wildcard AmazonS3FullAccess
                - arn:aws:iam::aws:policy/AmazonS3FullAccess
                - arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess
        """).verify();
  }

  @Test
  void positive_writesOnEveryResourceAndNotAction() {
    tester.yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: eu-west-1
        iam:
          serviceAccounts:
            - metadata: {name: writer, namespace: production}
              attachPolicy:
                Statement:
                  - Effect: Allow
                    Action: ["s3:PutObject", "ec2:DescribeInstances"]
                    # expect: irsa-policy-wildcard allows s3:PutObject on every resource
                    Resource: "*"
                  - Effect: Allow
                    # expect: irsa-policy-wildcard NotAction
                    NotAction: ["iam:*"]
                    Resource: "*"
        """).verify();
  }

  @Test
  void positive_terraformModuleRoleWithAWildcardPolicyDocument() {
    tester.terraformYaml("""
        module.app_irsa:
          source: terraform-aws-modules/iam/aws//modules/iam-role-for-service-accounts-eks
          role_name: app
          role_policy_arns: {policy: "${aws_iam_policy.app.arn}"}
          oidc_providers:
            main:
              provider_arn: ${module.eks.oidc_provider_arn}
              namespace_service_accounts: ["production:app"]
        aws_iam_policy.app:
          policy: ${data.aws_iam_policy_document.app.json}
        data.aws_iam_policy_document.app:
          statement:
            - actions:
                # expect: irsa-policy-wildcard every dynamodb action
                - dynamodb:*
              resources: ["arn:aws:dynamodb:eu-west-1:111122223333:table/app"]
        """).verify();
  }

  @Test
  void negative_theGuidesScopedPolicyReadsDenyConditionsAndUnknowns() {
    tester.terraformYaml("""
        module.s3_access_irsa:
          source: terraform-aws-modules/iam/aws//modules/iam-role-for-service-accounts-eks
          role_name: s3-access-irsa
          role_policy_arns: {policy: "${aws_iam_policy.s3_access.arn}", extra: "${aws_iam_policy.unknown.arn}", other: "${var.policy_arn}"}
          attach_ebs_csi_policy: true
          oidc_providers:
            main:
              provider_arn: ${module.eks.oidc_provider_arn}
              namespace_service_accounts: ["production:s3-app"]
        aws_iam_policy.s3_access:
          name: s3-access-policy
          policy:
            Version: "2012-10-17"
            Statement:
              - Effect: Allow
                Action: ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"]
                Resource: "arn:aws:s3:::my-app-bucket/*"
        aws_iam_policy.unknown:
          policy:
            Statement:
              - Effect: Allow
                Action: ["${var.action}"]
                Resource: "*"
        aws_iam_policy.unrelated:
          policy:
            Statement:
              - Effect: Allow
                Action: "*"
                Resource: "*"
        """).yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: eu-west-1
        iam:
          serviceAccounts:
            - metadata: {name: reader, namespace: production}
              wellKnownPolicies: {autoScaler: true}
              attachPolicy:
                Statement:
                  - Effect: Allow
                    Action: ["ec2:DescribeInstances", "autoscaling:DescribeAutoScalingGroups", "ecr:GetAuthorizationToken"]
                    Resource: "*"
                  - Effect: Deny
                    Action: "*"
                    Resource: "*"
                  - Effect: Allow
                    Action: ["autoscaling:SetDesiredCapacity"]
                    Resource: "*"
                    Condition:
                      StringEquals: {"aws:ResourceTag/k8s.io/cluster-autoscaler/prod": owned}
        """).verify();
  }
}
