package dev.seaworthy.rules.identity;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class IrsaServiceAccountNotFoundTest {

  private final RuleTester tester = RuleTester.forRule(new IrsaServiceAccountNotFound());

  /** The guide's IRSA module (irsa.tf) in the HCL contract's YAML form. */
  private static final String GUIDE_IRSA = """
      module.s3_access_irsa:
        source: terraform-aws-modules/iam/aws//modules/iam-role-for-service-accounts-eks
        role_name: s3-access-irsa
        role_policy_arns: {policy: "${aws_iam_policy.s3_access.arn}"}
        oidc_providers:
          main:
            provider_arn: ${module.eks.oidc_provider_arn}
            namespace_service_accounts:
              - production:s3-app
      """;

  @Test
  void positive_definedInAnotherNamespace() {
    String marked = GUIDE_IRSA.replace("      - production:s3-app", "      # expect: irsa-service-account-not-found IRSA role module \"s3_access_irsa\" trusts ServiceAccount \"s3-app\" in namespace \"production\", which is not found in the audited input: a ServiceAccount of that name is in namespace default\n      - production:s3-app");
    org.assertj.core.api.Assertions.assertThat(marked).isNotEqualTo(GUIDE_IRSA);
    tester.verifyTogether(marked, """
        apiVersion: v1
        kind: ServiceAccount
        metadata:
          name: s3-app
        """);
  }

  @Test
  void positive_namespaceInUseWithoutTheServiceAccount() {
    tester.verifyTogether("""
        aws_iam_role.app:
          name: app
          assume_role_policy:
            Version: "2012-10-17"
            Statement:
              - Effect: Allow
                Action: sts:AssumeRoleWithWebIdentity
                Principal: {Federated: "${aws_iam_openid_connect_provider.eks.arn}"}
                Condition:
                  # expect: irsa-service-account-not-found aws_iam_role "app" trusts ServiceAccount "app" in namespace "shop"
                  StringEquals: {"oidc.eks.us-east-1.amazonaws.com/id/ABC:sub": "system:serviceaccount:shop:app"}
        """, """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web, namespace: shop}
        spec:
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec:
              serviceAccountName: web
              containers: [{name: web, image: "web:1"}]
        """);
  }

  @Test
  void negative_guideAddonAndEksctlServiceAccountsAndUnrelatedManifests() {
    tester.verifyTogether(GUIDE_IRSA, """
        apiVersion: v1
        kind: ServiceAccount
        metadata:
          name: s3-app
          namespace: production
        """);
    // nothing in the manifests is about production or s3-app: likely another repository
    tester.verifyTogether(GUIDE_IRSA, """
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: x, namespace: other}
        """);
    tester.verifyTogether("""
        module.cni_irsa:
          source: terraform-aws-modules/iam/aws//modules/iam-role-for-service-accounts-eks
          role_name: cni
          oidc_providers:
            main: {namespace_service_accounts: ["kube-system:aws-node", "kube-system:*"]}
        aws_eks_addon.cni:
          cluster_name: c
          addon_name: vpc-cni
        """, """
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: x, namespace: kube-system}
        """);
    tester.yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: {name: c}
        iam:
          withOIDC: true
          serviceAccounts:
            - metadata: {name: app, namespace: shop}
              attachPolicyARNs: [arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess]
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: x, namespace: shop}
        """).verify();
  }
}
