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
import dev.seaworthy.core.rule.RuleRegistry;
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

  @Test
  void ignoreCommentsSuppressWithTheirReason(@TempDir Path tmp) throws Exception {
    Files.writeString(tmp.resolve("kms.tf"), """
        # seaworthy:ignore test-kms-rotation rotation is done by our key service
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
    AuditReport report = new AuditEngine(new RuleRegistry(List.of(new RuleTesterHclTest.KmsRotation()))).audit(in, config);
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
