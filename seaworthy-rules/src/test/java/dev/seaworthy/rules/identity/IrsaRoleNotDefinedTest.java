package dev.seaworthy.rules.identity;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class IrsaRoleNotDefinedTest {

  private final RuleTester tester = RuleTester.forRule(new IrsaRoleNotDefined());

  private static final String GUIDE_IRSA = """
      module.s3_access_irsa:
        source: terraform-aws-modules/iam/aws//modules/iam-role-for-service-accounts-eks
        role_name: s3-access-irsa
        oidc_providers:
          main:
            namespace_service_accounts: ["production:s3-app"]
      """;

  @Test
  void positive_annotationNamesAnotherRole() {
    tester.verifyTogether(GUIDE_IRSA, """
        apiVersion: v1
        kind: ServiceAccount
        metadata:
          name: s3-app
          namespace: production
          annotations:
            # expect: irsa-role-not-defined ServiceAccount "s3-app" is annotated with role "s3-access-role", which no IAM role in the audited IaC creates (it creates s3-access-irsa)
            eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/s3-access-role
        """);
  }

  @Test
  void negative_matchingNameNoIacRolesUnknownNamesOrMalformed() {
    tester.verifyTogether(GUIDE_IRSA, """
        apiVersion: v1
        kind: ServiceAccount
        metadata:
          name: s3-app
          namespace: production
          annotations:
            eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/teams/s3-access-irsa
        ---
        apiVersion: v1
        kind: ServiceAccount
        metadata:
          name: bad
          annotations:
            eks.amazonaws.com/role-arn: not-an-arn
        """);
    tester.yaml("""
        apiVersion: v1
        kind: ServiceAccount
        metadata:
          name: s3-app
          annotations:
            eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/whatever
        """).verify();
    tester.verifyTogether(GUIDE_IRSA + """
        aws_iam_role.other:
          name_prefix: ci-
        """, """
        apiVersion: v1
        kind: ServiceAccount
        metadata:
          name: s3-app
          annotations:
            eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/ci-abc
        """);
    tester.yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: {name: c}
        iam:
          serviceAccounts:
            - metadata: {name: app, namespace: shop}
              attachPolicyARNs: [arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess]
        ---
        apiVersion: v1
        kind: ServiceAccount
        metadata:
          name: app
          namespace: shop
          annotations:
            eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/eksctl-c-addon-iamserviceaccount-Role1-XYZ
        """).verify();
  }
}
