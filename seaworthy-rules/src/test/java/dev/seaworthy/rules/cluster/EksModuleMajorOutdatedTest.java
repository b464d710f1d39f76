package dev.seaworthy.rules.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.engine.Finding;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class EksModuleMajorOutdatedTest {

  private final RuleTester tester = RuleTester.forRule(new EksModuleMajorOutdated());

  @Test
  void positive_theGuidesV19AsInTheMetadataExample() {
    tester.terraformYaml("""
        module.eks:
          source: terraform-aws-modules/eks/aws
          # expect: eks-module-major-outdated v19 (~> 19.0), whose last release is 19.21.0 (2023-12-11): v20 followed on 2024-02-02 and v21 on 2025-07-23
          version: "~> 19.0"
          cluster_name: production-cluster
        """).verify();
  }

  @Test
  void positive_v20IsLowAndGitRefsCount() {
    List<Finding> f = tester.terraformFindings("""
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: "20.37.2"
        """);
    assertThat(f).singleElement().satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.LOW));
    tester.terraformYaml("""
        module.eks:
          # expect: eks-module-major-outdated v18
          source: git::https://github.com/terraform-aws-modules/terraform-aws-eks.git?ref=v18.31.2
        """).verify();
  }

  @Test
  void negative_currentOpenOrUnpinned() {
    tester.terraformYaml("""
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: "~> 21.0"
        module.open:
          source: terraform-aws-modules/eks/aws
          version: ">= 19"
        module.unpinned:
          source: terraform-aws-modules/eks/aws
        module.other:
          source: terraform-aws-modules/vpc/aws
          version: "~> 3.0"
        """).verify();
  }
}
