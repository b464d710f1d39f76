package dev.seaworthy.rules.cluster;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class EksLogRetentionUnsetTest {

  private final RuleTester tester = RuleTester.forRule(new EksLogRetentionUnset());

  @Test
  void positive_eksctlLoggingWithoutRetention() {
    tester.yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: eu-west-1
        cloudWatch:
          # expect: eks-log-retention-unset no logRetentionInDays
          clusterLogging:
            enableTypes: [audit]
        """).verify();
  }

  @Test
  void positive_moduleWithoutItsLogGroupAndRawWithout() {
    tester.terraformYaml("""
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: "~> 19.0"
          cluster_name: c
          # expect: eks-log-retention-unset create_cloudwatch_log_group = false
          create_cloudwatch_log_group: false
        """).terraformYaml("""
        # expect: eks-log-retention-unset in the audited input
        aws_eks_cluster.this:
          name: raw
          enabled_cluster_log_types: ["audit"]
        """).terraformYaml("""
        aws_eks_cluster.this:
          name: raw
          enabled_cluster_log_types: ["audit"]
        # expect: eks-log-retention-unset
        aws_cloudwatch_log_group.eks:
          name: /aws/eks/raw/cluster
        """).verify();
  }

  @Test
  void negative_retentionSetOrNoLogsOrUnknown() {
    tester.terraformYaml(EksFixtures.GUIDE_MODULE).terraformYaml("""
        aws_eks_cluster.this:
          name: raw
          enabled_cluster_log_types: ["audit"]
        aws_cloudwatch_log_group.eks:
          name: /aws/eks/raw/cluster
          retention_in_days: 30
        """).terraformYaml("""
        aws_eks_cluster.this:
          name: raw
        """).terraformYaml("""
        aws_eks_cluster.this:
          name: ${var.name}
          enabled_cluster_log_types: ["audit"]
        """).yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: eu-west-1
        cloudWatch:
          clusterLogging:
            enableTypes: [audit]
            logRetentionInDays: 30
        """).yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: eu-west-1
        """).verify();
  }
}
