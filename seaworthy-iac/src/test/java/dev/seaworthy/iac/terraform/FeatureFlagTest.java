package dev.seaworthy.iac.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.load.LoadedInput;
import dev.seaworthy.core.load.Notice;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Blocks a feature flag turns off create nothing, so nothing of them is audited (a notice says so). */
class FeatureFlagTest {

  @Test
  void blocksKnownToCreateNothingAreLeftOutWithANotice(@TempDir Path dir) {
    LoadedInput in = Tf.folder(dir, "main.tf", """
        variable "enable_dr" {
          default = false
        }

        resource "aws_eks_cluster" "dr" {
          count   = var.enable_dr ? 1 : 0
          name    = "dr"
          version = "1.29"
        }

        resource "aws_eks_cluster" "maybe" {
          count = var.unknown_flag ? 1 : 0
          name  = "maybe"
        }

        resource "aws_eks_addon" "none" {
          for_each   = {}
          addon_name = each.key
        }

        module "staging" {
          source = "terraform-aws-modules/eks/aws"
          create = false
        }

        module "prod" {
          source = "terraform-aws-modules/eks/aws"
          create = true
        }
        """);
    assertThat(Tf.byAddress(in)).containsOnlyKeys("aws_eks_cluster.maybe", "module.prod");
    assertThat(in.notices()).extracting(Notice::message).containsExactlyInAnyOrder(
        "aws_eks_cluster.dr: count is 0, so Terraform creates nothing from it; not audited",
        "aws_eks_addon.none: for_each is empty, so Terraform creates nothing from it; not audited",
        "module.staging: create is false, so Terraform creates nothing from it; not audited");
  }
}
