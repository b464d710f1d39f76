package dev.seaworthy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Terraform read by `seaworthy audit` next to the manifests, through the real command line. */
class TerraformInputTest {

  private static final String GUIDE = Path.of("..", "examples", "eks-production").toString();
  private static final String GUIDE_TERRAFORM = Path.of("..", "examples", "eks-production", "terraform").toString();

  @Test
  void theGuidesTerraformLoadsWithNoInputError() {
    CliRun run = CliRun.of("audit", "--no-config", "--date", "2026-11-24", "--format", "json", GUIDE_TERRAFORM);
    assertThat(run.exitCode()).as(run.err()).isNotEqualTo(ExitCode.INPUT_ERRORS).isNotEqualTo(ExitCode.INTERNAL_ERROR);
    assertThat(run.out()).contains("\"inputErrors\": []").contains("\"resources\": 3").contains("\"files\": 2");
    assertThat(run.err()).doesNotContain("no Kubernetes objects found");
  }

  @Test
  void theGuideFolderAuditsManifestsAndTerraformTogether() {
    CliRun run = CliRun.of("audit", "--no-config", "--date", "2026-11-24", "--format", "json", GUIDE);
    assertThat(run.exitCode()).as(run.err()).isNotEqualTo(ExitCode.INPUT_ERRORS).isNotEqualTo(ExitCode.INTERNAL_ERROR);
    assertThat(run.out()).contains("\"inputErrors\": []").doesNotContain("eks-cluster.tf: not");
  }

  @Test
  void aBrokenTfFileIsAnInputErrorWithFileAndLineAndTheRestIsAudited(@TempDir Path tmp) throws IOException {
    Files.writeString(tmp.resolve("broken.tf"), "resource \"aws_eks_cluster\" \"x\" {\n  name = \"a\"\n  name = \"b\"\n}\n");
    Files.writeString(tmp.resolve("fine.tf"), "resource \"aws_kms_key\" \"k\" {\n  enable_key_rotation = true\n}\n");
    Files.writeString(tmp.resolve("pod.yaml"), "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: c\n    image: nginx:1.27\n");
    CliRun run = CliRun.of("audit", "--no-config", "--date", "2026-11-24", "--fail-on", "none", tmp.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERRORS);
    String all = run.out() + run.err();
    assertThat(all).contains("broken.tf:3").contains("attribute \"name\" is already defined at line 2");
    assertThat(all).doesNotContain("Exception").doesNotContain("\tat ");
    CliRun json = CliRun.of("audit", "--no-config", "--date", "2026-11-24", "--fail-on", "none", "--format", "json", tmp.toString());
    assertThat(json.out()).contains("\"resources\": 2");
  }

  @Test
  void theChecklistReadsTheSameInput(@TempDir Path tmp) throws IOException {
    Files.writeString(tmp.resolve("broken.tf"), "locals {\n  a = \"open\n}\n");
    CliRun run = CliRun.of("checklist", "--no-config", "--date", "2026-11-24", tmp.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERRORS);
    assertThat(run.out()).contains("1 unreadable");
  }
}
