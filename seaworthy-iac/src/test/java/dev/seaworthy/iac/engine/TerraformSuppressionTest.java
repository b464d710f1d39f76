package dev.seaworthy.iac.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.config.AuditConfig;
import dev.seaworthy.core.data.KubernetesVersion;
import dev.seaworthy.core.engine.AuditEngine;
import dev.seaworthy.core.engine.AuditReport;
import dev.seaworthy.core.engine.Suppression;
import dev.seaworthy.core.load.LoadLimits;
import dev.seaworthy.core.load.LoadedInput;
import dev.seaworthy.core.load.ManifestLoader;
import dev.seaworthy.core.model.Origin;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ResourceRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.RuleRegistry;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.iac.terraform.TerraformLoader;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine honours `# seaworthy:ignore` comments on Terraform blocks and names them by address. */
class TerraformSuppressionTest {

  @RuleInfo(
      id = "kms-rotation-off",
      title = "KMS key without rotation",
      severity = Severity.MEDIUM,
      category = Category.SECURITY,
      description = "A test rule: flags Terraform KMS keys whose automatic rotation is not enabled.",
      remediation = "Set enable_key_rotation = true.",
      example = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n",
      fixedExample = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n")
  static final class KmsRotation implements ResourceRule {
    @Override
    public boolean appliesTo(Resource r) {
      return r.origin() == Origin.TERRAFORM && r.kind().equals("aws_kms_key");
    }

    @Override
    public List<Violation> check(Resource r, RuleContext context) {
      if (r.node().at("enable_key_rotation").asBoolean().orElse(false)) {
        return List.of();
      }
      return Violation.one(r.node().at("enable_key_rotation"), r.ref() + " does not rotate its key");
    }
  }

  @Test
  void ignoreCommentsSuppressWithTheirReason(@TempDir Path tmp) throws Exception {
    Files.writeString(tmp.resolve("kms.tf"), """
        # seaworthy:ignore kms-rotation-off rotation is done by our key service
        resource "aws_kms_key" "quiet" {
          enable_key_rotation = false
        }

        resource "aws_kms_key" "loud" {
          enable_key_rotation = false
        }

        resource "aws_kms_key" "unknown_id" { # seaworthy:ignore no-such-rule
          enable_key_rotation = true
        }
        """);
    LoadedInput in = new ManifestLoader(LoadLimits.DEFAULTS, () -> new ByteArrayInputStream(new byte[0]),
        List.of(new TerraformLoader())).load(List.of(tmp.toString()));
    AuditConfig config = AuditConfig.defaults().withAuditDate(LocalDate.of(2026, 11, 24))
        .withTargetVersion(KubernetesVersion.of("1.33")).withThreads(1);
    AuditReport report = new AuditEngine(new RuleRegistry(List.of(new KmsRotation()))).audit(in, config);
    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.resource().display()).isEqualTo("aws_kms_key.loud");
      assertThat(f.message()).isEqualTo("aws_kms_key.loud does not rotate its key");
      assertThat(f.position().line()).isEqualTo(7);
    });
    assertThat(report.suppressed()).singleElement().satisfies(s -> {
      assertThat(s.finding().resource().display()).isEqualTo("aws_kms_key.quiet");
      assertThat(s.suppression().source()).isEqualTo(Suppression.Source.ANNOTATION);
      assertThat(s.suppression().reason()).isEqualTo("rotation is done by our key service");
    });
    assertThat(report.notices()).anyMatch(n -> n.message().contains("aws_kms_key.unknown_id") && n.message().contains("no-such-rule")
        && n.position().line() == 10);
  }
}
