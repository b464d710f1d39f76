package dev.seaworthy.rules.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class EksEndpointPublicCidrPrivateTest {

  private final RuleTester tester = RuleTester.forRule(new EksEndpointPublicCidrPrivate());

  @Test
  void positive_theGuidesModule() {
    tester.terraformYaml("""
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: "~> 19.0"
          cluster_name: production-cluster
          cluster_endpoint_public_access: true
          cluster_endpoint_private_access: true
          # expect: eks-endpoint-public-cidr-private 10.0.0.0/8 is a private range (RFC 1918)
          cluster_endpoint_public_access_cidrs: ["10.0.0.0/8"]
        """).verify();
  }

  @Test
  void positive_eachPrivateEntryOfAnEksctlList() {
    tester.yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: eu-west-1
        vpc:
          publicAccessCIDRs:
            - 52.94.0.0/16
            # expect: eks-endpoint-public-cidr-private
            - 192.168.10.0/24
            # expect: eks-endpoint-public-cidr-private carrier-grade NAT
            - 100.64.0.0/16
        """).verify();
  }

  @Test
  void positive_rawCluster() {
    tester.terraformYaml("""
        aws_eks_cluster.this:
          name: raw
          vpc_config:
            - endpoint_public_access: true
              # expect: eks-endpoint-public-cidr-private
              public_access_cidrs: ["172.16.0.0/12"]
        """).verify();
  }

  @Test
  void negative_publicOffOrPublicRangesOrUnknown() {
    tester.yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: eu-west-1
        vpc:
          clusterEndpoints:
            publicAccess: false
            privateAccess: true
          publicAccessCIDRs: [10.0.0.0/8]
        """).yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: eu-west-1
        vpc:
          publicAccessCIDRs: [172.32.0.0/16, 0.0.0.0/0]
        """).terraformYaml("""
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: "~> 19.0"
          cluster_endpoint_public_access: ${var.public}
          cluster_endpoint_public_access_cidrs: ["10.0.0.0/8"]
        """).terraformYaml("""
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: "~> 19.0"
          cluster_endpoint_public_access: true
          cluster_endpoint_public_access_cidrs: ["${var.office_cidr}"]
        """).verify();
  }

  @Test
  void reservedRanges() {
    assertThat(Cidrs.reservedRange("10.1.2.0/24")).isPresent();
    assertThat(Cidrs.reservedRange("10.0.0.0/7")).isEmpty(); // wider than the private block
    assertThat(Cidrs.reservedRange("172.31.255.255")).isPresent();
    assertThat(Cidrs.reservedRange("172.32.0.0/16")).isEmpty();
    assertThat(Cidrs.reservedRange("0.0.0.0/0")).isEmpty();
    assertThat(Cidrs.reservedRange("0.0.0.0/8")).isPresent();
    assertThat(Cidrs.reservedRange("203.0.113.7/32")).isPresent();
    assertThat(Cidrs.reservedRange("fd12:3456::/48")).isPresent();
    assertThat(Cidrs.reservedRange("2600:1f18::/32")).isEmpty();
    assertThat(Cidrs.reservedRange("not-a-cidr.example.com")).isEmpty();
    assertThat(Cidrs.reservedRange("300.1.1.1/32")).isEmpty();
  }
}
