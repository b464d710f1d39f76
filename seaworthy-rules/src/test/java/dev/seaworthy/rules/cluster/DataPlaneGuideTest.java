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

/** Every data-plane rule over the guide's Terraform and eksctl together: what it gets wrong, and only that. */
class DataPlaneGuideTest {

  static AuditReport auditGuide() {
    LoadedInput input = TerraformYaml.load("terraform/eks-cluster.tf", Guide.TERRAFORM)
        .plus(new ManifestLoader().loadText("cost/spot-node-pool.yaml", Guide.EKSCTL));
    AuditConfig config = AuditConfig.defaults().withAuditDate(RuleTester.AUDIT_DATE).withThreads(1).withBuiltInExemptions(false);
    AuditReport report = new AuditEngine(new RuleRegistry(DataPlaneRules.all())).audit(input, config);
    assertThat(report.ruleFailures()).isEmpty();
    return report;
  }

  private static String row(Finding f) {
    return f.ruleId() + " " + f.position().file() + ":" + f.position().line();
  }

  @Test
  void theGuidesMistakesAndNothingElse() {
    List<Finding> findings = auditGuide().findings();
    assertThat(findings.stream().map(DataPlaneGuideTest::row).sorted().toList()).containsExactly(
        "eks-no-on-demand-capacity terraform/eks-cluster.tf:33",
        "eks-nodegroup-al2-ami terraform/eks-cluster.tf:28",
        "eks-nodegroup-al2-ami terraform/eks-cluster.tf:37",
        "eks-nodegroup-burstable-instance cost/spot-node-pool.yaml:10",
        "eks-nodegroup-burstable-instance terraform/eks-cluster.tf:32",
        "eks-nodegroup-imds-hop-limit cost/spot-node-pool.yaml:7",
        "eks-nodegroup-imds-hop-limit terraform/eks-cluster.tf:28",
        "eks-nodegroup-imds-hop-limit terraform/eks-cluster.tf:37",
        "eks-nodegroup-self-managed cost/spot-node-pool.yaml:7",
        "eks-nodegroup-xen-instance cost/spot-node-pool.yaml:10",
        "eks-prefix-delegation-xen terraform/eks-cluster.tf:22",
        "eks-spot-instance-diversity cost/spot-node-pool.yaml:10",
        "eks-spot-instance-diversity terraform/eks-cluster.tf:32",
        "eks-spot-instance-diversity terraform/eks-cluster.tf:41",
        "eks-spot-max-price cost/spot-node-pool.yaml:9",
        "eks-spot-taint-soft cost/spot-node-pool.yaml:26",
        "eks-vpc-cni-config-after-nodes terraform/eks-cluster.tf:18",
        "eks-vpc-cni-shared-node-role terraform/eks-cluster.tf:18");
    // not reported: HA (general keeps 3 nodes), update budgets (33%), shapes (c5/c5a and the t-types agree),
    // public subnets (private_subnets; the eksctl config only adds a group), EBS CSI (has its role), IMDSv1
  }
}
