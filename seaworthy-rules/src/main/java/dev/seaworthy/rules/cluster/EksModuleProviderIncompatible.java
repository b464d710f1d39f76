package dev.seaworthy.rules.cluster;

import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.InventoryRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.eks.EksModule;
import dev.seaworthy.core.view.eks.EksModuleDefaults;
import dev.seaworthy.core.view.eks.ModuleVersion;
import dev.seaworthy.core.view.eks.Setting;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

@RuleInfo(
    id = "eks-module-provider-incompatible",
    title = "EKS module version cannot work with the AWS provider it will get",
    severity = Severity.HIGH,
    category = Category.CLUSTER,
    description = """
        Each major of terraform-aws-modules/eks works with a range of AWS provider majors: v19 \
        declares `>= 4.57` with no upper bound but sets arguments that provider 6.0 (2025-06-18) \
        removed, so a fresh `terraform init` without a pin below 6 installs a provider it cannot \
        use; v20 requires a provider below 6 and v21 one from 6. When the folder's \
        `required_providers` pin contradicts the module's range, init cannot find a provider at \
        all. Either way the configuration does not plan. The module's ranges come from the bundled \
        module data; the folder's pin from its `terraform` blocks.""",
    remediation = "Pin the AWS provider to a range the module major supports (for v19: `version = \">= 4.57, < 6.0\"`), or upgrade the module.",
    references = {
      "https://github.com/terraform-aws-modules/terraform-aws-eks/blob/master/docs/UPGRADE-21.0.md",
      "https://developer.hashicorp.com/terraform/language/providers/requirements"
    },
    example = """
        module "eks" {
          source  = "terraform-aws-modules/eks/aws"
          version = "~> 19.0"

          cluster_name    = "prod"
          cluster_version = "1.33"
        }
        """,
    fixedExample = """
        terraform {
          required_providers {
            aws = {
              source  = "hashicorp/aws"
              version = ">= 4.57, < 6.0"
            }
          }
        }

        module "eks" {
          source  = "terraform-aws-modules/eks/aws"
          version = "~> 19.0"

          cluster_name    = "prod"
          cluster_version = "1.33"
        }
        """)
public final class EksModuleProviderIncompatible implements InventoryRule {

  @Override
  public boolean appliesTo(Resource resource) {
    return resource.kind().equals("module") && EksModule.of(resource).isPresent();
  }

  @Override
  public List<Violation> check(Resource resource, RuleContext context) {
    Optional<EksModule> found = EksModule.of(resource);
    if (found.isEmpty() || found.get().version().major().isEmpty()) {
      return List.of();
    }
    EksModule m = found.get();
    int major = m.version().major().getAsInt();
    Optional<EksModuleDefaults.Major> data = EksModuleDefaults.bundled().major(major);
    if (data.isEmpty()) {
      return List.of();
    }
    Setting<String> pin = ModuleFolder.awsProviderConstraint(context.inventory(), resource);
    if (pin.isUnknown()) {
      return List.of();
    }
    ModuleVersion folder = ModuleFolder.parse(pin);
    if (pin.known().isPresent() && folder.minimum().isEmpty() && folder.maximum().isEmpty()) {
      return List.of(); // a constraint we cannot read
    }
    int moduleMin = ModuleVersion.parse(data.get().awsProviderMinimum()).minimum().orElse(0);
    OptionalInt moduleMax = data.get().awsProviderBelow().map(b -> ModuleVersion.parse("< " + b).maximum()).orElse(OptionalInt.empty());
    int lo = Math.max(moduleMin, folder.minimum().orElse(0));
    int hi = Math.min(moduleMax.orElse(Integer.MAX_VALUE), folder.maximum().orElse(Integer.MAX_VALUE));
    String what = m.describe() + " (terraform-aws-modules/eks v" + major + ")";
    if (lo > hi) {
      return List.of(Violation.of(pin.isExplicit() ? pin.node() : m.node(), what + " needs AWS provider "
          + range(moduleMin, moduleMax) + " but the folder requires " + pin.value() + ": terraform init finds no provider version"));
    }
    OptionalInt breaks = data.get().breaksWithProviderMajor();
    if (breaks.isPresent() && hi >= breaks.getAsInt()) {
      String pinned = pin.known().isPresent() ? "the folder's AWS provider constraint " + pin.value() + " admits " + breaks.getAsInt() + ".x"
          : "nothing pins the AWS provider below " + breaks.getAsInt() + " (" + pin.by() + ")";
      return List.of(Violation.of(pin.isExplicit() ? pin.node() : m.versionConstraint().isExplicit() ? m.versionConstraint().node() : m.node(),
          what + " does not work with AWS provider " + breaks.getAsInt() + ".x, which removed arguments it still sets, and " + pinned
              + ": a fresh terraform init installs it and plan fails. Pin the provider below " + breaks.getAsInt() + " or upgrade the module"));
    }
    return List.of();
  }

  private static String range(int min, OptionalInt max) {
    return max.isPresent() ? min + ".x to " + max.getAsInt() + ".x" : min + ".x or later";
  }
}
