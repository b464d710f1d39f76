package dev.seaworthy.rules.cluster;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class EksControlPlaneLoggingIncompleteTest {

  private final RuleTester tester = RuleTester.forRule(new EksControlPlaneLoggingIncomplete());

  @Test
  void positive_theGuidesModuleDefaults() {
    tester.terraformYaml("""
        # expect: eks-control-plane-logging-incomplete controllerManager, scheduler are not enabled (module v19 default)
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: "~> 19.0"
          cluster_name: production-cluster
        """).verify();
  }

  @Test
  void positive_eksctlAuditOnly() {
    tester.yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: eu-west-1
        cloudWatch:
          clusterLogging:
            # expect: eks-control-plane-logging-incomplete api, authenticator, controllerManager, scheduler
            enableTypes: [audit]
        """).verify();
  }

  @Test
  void negative_allTypesOrNoAuditOrUnknown() {
    tester.yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: eu-west-1
        cloudWatch:
          clusterLogging:
            enableTypes: [all]
        """).yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: eu-west-1
        """).terraformYaml("""
        aws_eks_cluster.this:
          name: raw
          enabled_cluster_log_types: ["api", "audit", "authenticator", "controllerManager", "scheduler"]
        """).terraformYaml("""
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: "~> 20.0"
          cluster_enabled_log_types: ${local.log_types}
        """).verify();
  }
}
