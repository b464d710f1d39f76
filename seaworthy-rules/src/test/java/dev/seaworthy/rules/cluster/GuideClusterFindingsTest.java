package dev.seaworthy.rules.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.config.AuditConfig;
import dev.seaworthy.core.engine.AuditEngine;
import dev.seaworthy.core.engine.AuditReport;
import dev.seaworthy.core.engine.Finding;
import dev.seaworthy.core.load.LoadedInput;
import dev.seaworthy.core.load.ManifestLoader;
import dev.seaworthy.core.rule.RuleRegistry;
import dev.seaworthy.core.testing.RuleTester;
import dev.seaworthy.core.testing.TerraformYaml;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The guide's Terraform and eksctl (examples/eks-production) through every cluster rule: exactly the
 * cluster-level mistakes of eks-facts (g) are reported, and nothing the guide gets right (G12). The
 * Terraform is the YAML mirror of the HCL contract until the HCL loader reads the .tf files.
 */
class GuideClusterFindingsTest {

  private static final String IRSA = """
      module.s3_access_irsa:
        source: terraform-aws-modules/iam/aws//modules/iam-role-for-service-accounts-eks
        role_name: s3-access-irsa
        role_policy_arns: {policy: "${aws_iam_policy.s3_access.arn}"}
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
      """;

  private static AuditReport audit(LoadedInput input) {
    AuditConfig config = AuditConfig.defaults().withAuditDate(RuleTester.AUDIT_DATE).withThreads(1).withBuiltInExemptions(false);
    return new AuditEngine(new RuleRegistry(ClusterRules.all())).audit(input, config);
  }

  @Test
  void theGuidesClusterMistakesAndOnlyThose() {
    LoadedInput input = TerraformYaml.load("terraform/eks-cluster.tf", EksFixtures.GUIDE_MODULE)
        .plus(TerraformYaml.load("terraform/irsa.tf", IRSA))
        .plus(new ManifestLoader().loadText("cost/spot-node-pool.yaml", EksFixtures.GUIDE_EKSCTL));
    AuditReport report = audit(input);
    assertThat(report.ruleFailures()).isEmpty();
    List<String> ids = report.findings().stream().map(Finding::ruleId).sorted().toList();
    assertThat(ids).containsExactly(
        "eks-auth-configmap",                     // v19: aws-auth only
        "eks-control-plane-logging-incomplete",   // module default: no controllerManager/scheduler (G12)
        "eks-endpoint-public-cidr-private",       // G2
        "eks-kms-key-ignored",                    // G13
        "eks-module-major-outdated",              // G1
        "eks-module-provider-incompatible",       // G1: v19 without a provider pin below 6
        "eks-version-unsupported");               // G1: 1.28 past extended support
    assertThat(report.findings()).allSatisfy(f -> assertThat(f.position().file()).isEqualTo("terraform/eks-cluster.tf"));
  }
}
