package dev.seaworthy.rules.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.engine.Finding;
import dev.seaworthy.core.testing.RuleTester;
import dev.seaworthy.core.testing.TerraformYaml;
import java.util.List;
import org.junit.jupiter.api.Test;

class EksModuleProviderIncompatibleTest {

  private final RuleTester tester = RuleTester.forRule(new EksModuleProviderIncompatible());

  @Test
  void positive_theGuidesV19WithoutAProviderPinAsInTheMetadataExample() {
    tester.terraformYaml("""
        module.eks:
          source: terraform-aws-modules/eks/aws
          # expect: eks-module-provider-incompatible does not work with AWS provider 6.x
          version: "~> 19.0"
          cluster_name: production-cluster
        """).verify();
  }

  @Test
  void positive_pinsThatContradictTheModule() {
    tester.terraformYaml("""
        terraform:
          required_providers:
            - aws:
                source: hashicorp/aws
                # expect: eks-module-provider-incompatible terraform init finds no provider version
                version: ">= 6.0"
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: "~> 20.0"
        """).terraformYaml("""
        terraform:
          required_providers:
            - aws:
                source: hashicorp/aws
                # expect: eks-module-provider-incompatible admits 6.x
                version: ">= 5.0"
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: "~> 19.0"
        """).terraformYaml("""
        terraform:
          required_providers:
            - aws:
                # expect: eks-module-provider-incompatible needs AWS provider 6.x or later
                version: "~> 5.0"
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: "~> 21.0"
        """).verify();
  }

  @Test
  void negative_compatiblePinsUnknownOrUnpinnedModule() {
    tester.terraformYaml("""
        terraform:
          required_providers:
            - aws:
                source: hashicorp/aws
                version: ">= 4.57, < 6.0"
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: "~> 19.0"
        """).terraformYaml("""
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: "~> 20.0"
        """).terraformYaml("""
        terraform:
          required_providers:
            - aws: {version: "${var.aws_version}"}
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: "~> 19.0"
        """).terraformYaml("""
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: ">= 19"
        """).verify();
  }

  @Test
  void aPinInAnotherFolderDoesNotCount() {
    var input = TerraformYaml.load("infra/eks/main.tf", """
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: "~> 19.0"
        """).plus(TerraformYaml.load("infra/network/versions.tf", """
        terraform:
          required_providers:
            - aws: {version: "< 6.0"}
        """));
    List<Finding> f = tester.audit(input).findings();
    assertThat(f).singleElement().satisfies(x -> assertThat(x.message()).contains("nothing pins the AWS provider below 6"));
  }
}
