package dev.seaworthy.rules.cluster;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class EksAuditLoggingDisabledTest {

  private final RuleTester tester = RuleTester.forRule(new EksAuditLoggingDisabled());

  @Test
  void positive_eksctlAndRawDefaults() {
    tester.yaml("""
        # expect: eks-audit-logging-disabled no control-plane log type is enabled (eksctl default)
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: eu-west-1
        """).terraformYaml("""
        # expect: eks-audit-logging-disabled (EKS API default)
        aws_eks_cluster.this:
          name: raw
        """).verify();
  }

  @Test
  void positive_explicitListsWithoutAudit() {
    tester.yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: eu-west-1
        cloudWatch:
          clusterLogging:
            # expect: eks-audit-logging-disabled do not include audit
            enableTypes: ["api", "authenticator"]
        """).terraformYaml("""
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: "~> 19.0"
          # expect: eks-audit-logging-disabled
          cluster_enabled_log_types: []
        """).verify();
  }

  @Test
  void negative_moduleDefaultsEnableAuditAndExplicitAudit() {
    tester.terraformYaml(EksFixtures.GUIDE_MODULE).terraformYaml("""
        module.eks:
          source: terraform-aws-modules/eks/aws
          cluster_name: any-major-enables-audit
        """).terraformYaml("""
        aws_eks_cluster.this:
          name: raw
          enabled_cluster_log_types: ["audit"]
        """).terraformYaml("""
        aws_eks_cluster.this:
          name: raw
          enabled_cluster_log_types: ${var.log_types}
        """).yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: eu-west-1
        cloudWatch:
          clusterLogging:
            enableTypes: ["*"]
        """).verify();
  }
}
