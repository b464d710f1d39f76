package dev.seaworthy.iac.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seaworthy.core.model.Origin;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ResourceRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.RuleMeta;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rule fixtures in HCL: RuleTester finds this module's loader and checks HCL `# expect:` markers. */
class RuleTesterHclTest {

  @RuleInfo(
      id = "test-kms-rotation",
      title = "KMS key without rotation",
      severity = Severity.MEDIUM,
      category = Category.SECURITY,
      description = "A test rule: flags Terraform KMS keys whose automatic rotation is not enabled.",
      remediation = "Set enable_key_rotation = true.",
      example = """
          # a key that never rotates
          resource "aws_kms_key" "eks" {
            enable_key_rotation = false
          }
          """,
      fixedExample = """
          resource "aws_kms_key" "eks" {
            enable_key_rotation = true
          }
          """)
  static final class KmsRotation implements ResourceRule {
    @Override
    public boolean appliesTo(Resource r) {
      return r.origin() == Origin.TERRAFORM && r.kind().equals("aws_kms_key");
    }

    @Override
    public List<Violation> check(Resource r, RuleContext context) {
      if (r.node().at("enable_key_rotation").asBoolean().orElse(true)) {
        return List.of();
      }
      return Violation.one(r.node().at("enable_key_rotation"), r.ref() + " does not rotate its key");
    }
  }

  @Test
  void markersInHclFixturesAreChecked() {
    RuleTester.forRule(new KmsRotation()).hcl("""
        resource "aws_kms_key" "a" {
          # expect: test-kms-rotation aws_kms_key.a
          enable_key_rotation = false
        }

        resource "aws_kms_key" "b" {
          enable_key_rotation = var.rotate
        }
        """).verify();
  }

  @Test
  void aMissingFindingFailsTheFixture() {
    assertThatThrownBy(() -> RuleTester.forRule(new KmsRotation()).hcl("""
        resource "aws_kms_key" "a" {
          # expect: test-kms-rotation
          enable_key_rotation = true
        }
        """).verify()).hasMessageContaining("expected test-kms-rotation");
  }

  @Test
  void hclExamplesAreRecognisedAndVerified() {
    RuleMeta meta = RuleMeta.of(KmsRotation.class);
    assertThat(meta.exampleLanguage()).isEqualTo("hcl");
    RuleTester.verifyMetadataExamples(new KmsRotation());
    assertThat(RuleMeta.isHcl("apiVersion: v1\nkind: Pod\n")).isFalse();
    assertThat(RuleMeta.isHcl("module \"eks\" {\n}\n")).isTrue();
  }
}
