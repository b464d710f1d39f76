package dev.seaworthy.rules.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.rule.PatchOp;
import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class IrsaRoleArnMalformedTest {

  private final RuleTester tester = RuleTester.forRule(new IrsaRoleArnMalformed());

  @Test
  void positive_guideSnippetsHaveANineDigitAccount() {
    tester
        .yaml("""
            # service-account.yaml
            apiVersion: v1
            kind: ServiceAccount
            metadata:
              name: s3-app
              namespace: production
              annotations:
                # expect: irsa-role-arn-malformed has account ID "123456789" (9 digits; an AWS account ID is exactly 12 digits)
                eks.amazonaws.com/role-arn: arn:aws:iam::123456789:role/s3-access-irsa
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: s3-app
            spec:
              template:
                spec:
                  serviceAccountName: s3-app
                  containers:
                  - name: app
                    image: my-app:latest
                    env:
                    - name: AWS_REGION
                      value: us-east-1
            """)
        .yaml("""
            # container-insights.yaml
            apiVersion: v1
            kind: Namespace
            metadata:
              name: amazon-cloudwatch
            ---
            apiVersion: v1
            kind: ServiceAccount
            metadata:
              name: cloudwatch-agent
              namespace: amazon-cloudwatch
              annotations:
                # expect: irsa-role-arn-malformed ServiceAccount "cloudwatch-agent" has eks.amazonaws.com/role-arn
                eks.amazonaws.com/role-arn: arn:aws:iam::123456789:role/CloudWatchAgentServerRole
            """)
        .verify();
  }

  @Test
  void positive_notARoleOrNotAnIamArn() {
    tester
        .yaml("""
            apiVersion: v1
            kind: List
            items:
              - apiVersion: v1
                kind: ServiceAccount
                metadata:
                  name: user
                  annotations:
                    # expect: irsa-role-arn-malformed is an IAM user ARN, not a role
                    eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:user/deployer
              - apiVersion: v1
                kind: ServiceAccount
                metadata:
                  name: policy
                  annotations:
                    # expect: irsa-role-arn-malformed is an IAM policy ARN
                    eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:policy/s3-read
              - apiVersion: v1
                kind: ServiceAccount
                metadata:
                  name: session
                  annotations:
                    # expect: irsa-role-arn-malformed STS assumed-role session ARN
                    eks.amazonaws.com/role-arn: arn:aws:sts::123456789012:assumed-role/app/session-1
              - apiVersion: v1
                kind: ServiceAccount
                metadata:
                  name: bucket
                  annotations:
                    # expect: irsa-role-arn-malformed names service "s3", not iam
                    eks.amazonaws.com/role-arn: arn:aws:s3:::my-bucket
              - apiVersion: v1
                kind: ServiceAccount
                metadata:
                  name: regional
                  annotations:
                    # expect: irsa-role-arn-malformed has region "us-east-1"
                    eks.amazonaws.com/role-arn: arn:aws:iam:us-east-1:123456789012:role/app
              - apiVersion: v1
                kind: ServiceAccount
                metadata:
                  name: bare-name
                  annotations:
                    # expect: irsa-role-arn-malformed is not an ARN
                    eks.amazonaws.com/role-arn: s3-access-irsa
              - apiVersion: v1
                kind: ServiceAccount
                metadata:
                  name: partition
                  annotations:
                    # expect: irsa-role-arn-malformed has partition "amazon"
                    eks.amazonaws.com/role-arn: arn:amazon:iam::123456789012:role/app
              - apiVersion: v1
                kind: ServiceAccount
                metadata:
                  name: letters
                  annotations:
                    # expect: irsa-role-arn-malformed has account ID "ACCOUNT_ID" (not only digits
                    eks.amazonaws.com/role-arn: arn:aws:iam::ACCOUNT_ID:role/app
              - apiVersion: v1
                kind: ServiceAccount
                metadata:
                  name: truncated
                  annotations:
                    # expect: irsa-role-arn-malformed is not a complete ARN
                    eks.amazonaws.com/role-arn: arn:aws:iam::123456789012
              - apiVersion: v1
                kind: ServiceAccount
                metadata:
                  name: trailing-slash
                  annotations:
                    # expect: irsa-role-arn-malformed has an invalid role path or name
                    eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/team/
              - apiVersion: v1
                kind: ServiceAccount
                metadata:
                  name: padded
                  annotations:
                    # expect: irsa-role-arn-malformed with surrounding whitespace
                    eks.amazonaws.com/role-arn: " arn:aws:iam::123456789012:role/app "
            """)
        .verify();
  }

  @Test
  void negative_wellFormedRolesInEveryPartitionWithPaths() {
    tester
        .yaml("""
            apiVersion: v1
            kind: List
            items:
              - apiVersion: v1
                kind: ServiceAccount
                metadata:
                  name: plain
                  annotations:
                    eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/s3-access-irsa
              - apiVersion: v1
                kind: ServiceAccount
                metadata:
                  name: with-path
                  annotations:
                    eks.amazonaws.com/role-arn: arn:aws:iam::012345678901:role/eks/team-a/app+reader@prod
              - apiVersion: v1
                kind: ServiceAccount
                metadata:
                  name: china
                  annotations:
                    eks.amazonaws.com/role-arn: arn:aws-cn:iam::123456789012:role/app
              - apiVersion: v1
                kind: ServiceAccount
                metadata:
                  name: govcloud
                  annotations:
                    eks.amazonaws.com/role-arn: arn:aws-us-gov:iam::123456789012:role/app
              - apiVersion: v1
                kind: ServiceAccount
                metadata:
                  name: iso
                  annotations:
                    eks.amazonaws.com/role-arn: arn:aws-iso-b:iam::123456789012:role/app
            """)
        .verify();
  }

  @Test
  void negative_emptyTemplatedOrElsewhere() {
    tester
        .yaml("""
            apiVersion: v1
            kind: List
            items:
              # an empty value makes the webhook inject nothing: aws-workload-without-irsa judges it
              - apiVersion: v1
                kind: ServiceAccount
                metadata:
                  name: empty
                  annotations:
                    eks.amazonaws.com/role-arn: ""
              - apiVersion: v1
                kind: ServiceAccount
                metadata:
                  name: envsubst
                  annotations:
                    eks.amazonaws.com/role-arn: arn:aws:iam::${AWS_ACCOUNT_ID}:role/app
              - apiVersion: v1
                kind: ServiceAccount
                metadata:
                  name: placeholder
                  annotations:
                    eks.amazonaws.com/role-arn: <ROLE_ARN>
              - apiVersion: v1
                kind: ServiceAccount
                metadata:
                  name: no-annotation
              # the annotation means nothing on other kinds
              - apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: notes
                  annotations:
                    eks.amazonaws.com/role-arn: not-an-arn
              - apiVersion: v1
                kind: ServiceAccount
                metadata:
                  name: odd
                  annotations:
                    eks.amazonaws.com/role-arn: {arn: x}
            """)
        .verify();
  }

  @Test
  void fixStripsWhitespaceOnly() {
    var findings = tester.findings("""
        apiVersion: v1
        kind: ServiceAccount
        metadata:
          name: padded
          annotations:
            eks.amazonaws.com/role-arn: "arn:aws:iam::123456789012:role/app\\n"
        """);
    assertThat(findings).singleElement().satisfies(f ->
        assertThat(f.fixes().get(0).ops())
            .containsExactly(PatchOp.replace("/metadata/annotations/eks.amazonaws.com~1role-arn", "arn:aws:iam::123456789012:role/app")));
    assertThat(tester.findings("""
        apiVersion: v1
        kind: ServiceAccount
        metadata:
          name: nine
          annotations:
            eks.amazonaws.com/role-arn: arn:aws:iam::123456789:role/app
        """)).singleElement().satisfies(f -> assertThat(f.fixes()).isEmpty());
  }
}
