package dev.seaworthy.rules.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.engine.Finding;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class EksVersionUnsupportedTest {

  private final RuleTester tester = RuleTester.forRule(new EksVersionUnsupported());

  private static String eksctl(String version) {
    return """
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: eu-west-1
          version: "%s"
        """.formatted(version);
  }

  @Test
  void positive_pastExtendedSupportIsHighForcedUpgrade() {
    tester.terraformYaml("""
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: "~> 19.0"
          cluster_name: production-cluster
          # expect: eks-version-unsupported Kubernetes 1.28 left extended support on 2025-11-26
          cluster_version: "1.28"
        """).verify();
    List<Finding> f = tester.findings(eksctl("1.28"));
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.severity()).isEqualTo(Severity.HIGH);
      assertThat(x.message()).contains("forced upgrade");
    });
  }

  @Test
  void positive_extendedSupportIsMediumWithItsCost() {
    // 1.32: standard support ended 2026-03-23, extended runs to 2027-03-23 (audit date 2026-11-24)
    List<Finding> f = tester.findings(eksctl("1.32"));
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.severity()).isEqualTo(Severity.MEDIUM);
      assertThat(x.message()).contains("extended support since 2026-03-23").contains("$0.60 instead of $0.10");
      assertThat(x.position().line()).isEqualTo(6);
    });
  }

  @Test
  void positive_olderThanTheCalendarAndRawCluster() {
    tester.yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: eu-west-1
          # expect: eks-version-unsupported older than every version
          version: "1.21"
        """).terraformYaml("""
        aws_eks_cluster.this:
          name: raw
          # expect: eks-version-unsupported 1.29
          version: "1.29"
        """).verify();
  }

  @Test
  void negative_standardSupportNewerOrUnknown() {
    tester.yaml(eksctl("1.34")).yaml(eksctl("1.35")).yaml(eksctl("1.40")).yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: eu-west-1
        """).terraformYaml("""
        aws_eks_cluster.this:
          name: raw
          version: ${var.kubernetes_version}
        """).terraformYaml("""
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: "~> 21.0"
          name: modern
          kubernetes_version: "1.34"
        """).verify();
  }

  @Test
  void negative_eksctlNodeGroupsOfATerraformClusterAreNotJudged() {
    // the guide's module is 1.28 (one finding); its eksctl node-group config names no version and is not judged
    assertThat(tester.audit(EksFixtures.guideWithEksctl()).findings())
        .extracting(x -> x.resource().kind()).containsExactly("module");
  }
}
