package dev.seaworthy.rules.deprecation;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class ApiAlphaOnEksTest {

  private final RuleTester tester = RuleTester.forRule(new ApiAlphaOnEks());

  @Test
  void positive_builtInAlphaGroupVersions() {
    tester
        .yaml("""
            # expect: api-alpha-on-eks scheduling.k8s.io/v1alpha1 is an alpha version of API group scheduling.k8s.io: EKS does not enable alpha
            apiVersion: scheduling.k8s.io/v1alpha1
            kind: PriorityClass
            metadata: {name: critical}
            value: 1000
            ---
            # expect: api-alpha-on-eks does not serve MutatingAdmissionPolicy
            apiVersion: admissionregistration.k8s.io/v1alpha1
            kind: MutatingAdmissionPolicy
            metadata: {name: defaults}
            ---
            # expect: api-alpha-on-eks
            apiVersion: batch/v2alpha1
            kind: CronJob
            metadata: {name: nightly}
            ---
            # expect: api-alpha-on-eks
            apiVersion: storagemigration.k8s.io/v1alpha1
            kind: StorageVersionMigration
            metadata: {name: m}
            """)
        .verify();
  }

  @Test
  void negative_crdGroupsUnderK8sDomainsBetaAndGa() {
    tester
        .yaml("""
            apiVersion: gateway.networking.k8s.io/v1alpha2
            kind: TCPRoute
            metadata: {name: tcp}
            ---
            apiVersion: cluster.x-k8s.io/v1alpha4
            kind: Cluster
            metadata: {name: c}
            ---
            apiVersion: infrastructure.cluster.x-k8s.io/v1alpha3
            kind: AWSCluster
            metadata: {name: c}
            ---
            apiVersion: snapshot.storage.k8s.io/v1alpha1
            kind: VolumeSnapshot
            metadata: {name: s}
            ---
            apiVersion: metrics.k8s.io/v1alpha1
            kind: PodMetrics
            metadata: {name: m}
            ---
            apiVersion: karpenter.sh/v1alpha5
            kind: Provisioner
            metadata: {name: default}
            ---
            apiVersion: networking.k8s.io/v1beta1
            kind: ServiceCIDR
            metadata: {name: extra}
            ---
            apiVersion: scheduling.k8s.io/v1
            kind: PriorityClass
            metadata: {name: critical}
            value: 1000
            ---
            # not an alpha version string
            apiVersion: apps/v1alpha
            kind: Deployment
            metadata: {name: odd}
            ---
            # the core group never had alpha versions: some other tool's format
            apiVersion: v1alpha1
            kind: Config
            metadata: {name: tool}
            """)
        .verify();
  }
}
