package dev.seaworthy.rules.cluster;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.eks.EksAddonView;
import dev.seaworthy.core.view.eks.EksModule;
import dev.seaworthy.core.view.eks.EksModuleDefaults;
import dev.seaworthy.core.view.eks.Setting;
import java.util.ArrayList;
import java.util.List;

@RuleInfo(
    id = "eks-vpc-cni-config-after-nodes",
    title = "EKS module installs the configured VPC CNI add-on after the node groups",
    severity = Severity.MEDIUM,
    category = Category.NETWORK,
    description = """
        terraform-aws-modules/eks (v19 and later) creates add-ons after the node groups unless an \
        add-on sets before_compute = true. For vpc-cni with configuration_values (prefix \
        delegation, custom networking, warm targets) that means the first nodes join and start pods \
        with the default CNI settings and the max-pods value computed without them; they keep \
        their secondary-IP addressing until replaced. The module's own example sets before_compute \
        for vpc-cni. Only a module call that defines node groups is reported.""",
    remediation = "Set before_compute = true on the vpc-cni entry of the module's add-ons.",
    references = {
      "https://registry.terraform.io/modules/terraform-aws-modules/eks/aws/latest",
      "https://docs.aws.amazon.com/eks/latest/best-practices/prefix-mode-linux.html",
      "https://docs.aws.amazon.com/eks/latest/best-practices/vpc-cni.html"
    },
    example = """
        module "eks" {
          source  = "terraform-aws-modules/eks/aws"
          version = "~> 19.0"

          cluster_name = "prod"
          cluster_addons = {
            vpc-cni = {
              most_recent          = true
              configuration_values = jsonencode({ env = { ENABLE_PREFIX_DELEGATION = "true" } })
            }
          }
          eks_managed_node_groups = {
            general = { instance_types = ["m5.large"], min_size = 2 }
          }
        }
        """,
    fixedExample = """
        module "eks" {
          source  = "terraform-aws-modules/eks/aws"
          version = "~> 19.0"

          cluster_name = "prod"
          cluster_addons = {
            vpc-cni = {
              most_recent          = true
              before_compute       = true
              configuration_values = jsonencode({ env = { ENABLE_PREFIX_DELEGATION = "true" } })
            }
          }
          eks_managed_node_groups = {
            general = { instance_types = ["m5.large"], min_size = 2 }
          }
        }
        """)
public final class EksVpcCniConfigAfterNodes extends AddonRule {

  public EksVpcCniConfigAfterNodes() {
    super("vpc-cni");
  }

  @Override
  List<Violation> check(EksAddonView addon, RuleContext context) {
    if (addon.source() != EksAddonView.Source.MODULE_ENTRY || addon.module().isEmpty()) {
      return List.of();
    }
    EksModule module = addon.module().get();
    List<EksModuleDefaults.Major> majors = module.candidates();
    if (majors.isEmpty() || majors.stream().anyMatch(m -> m.major() < 19)) {
      return List.of(); // before_compute exists from v19
    }
    if (module.input("eks_managed_node_groups").entries().isEmpty() && module.input("self_managed_node_groups").entries().isEmpty()) {
      return List.of();
    }
    Setting<Node> config = addon.configurationValues();
    if (config.isDefault() || (config.isExplicit() && config.value() == null)) {
      return List.of();
    }
    Setting<Boolean> before = addon.beforeCompute();
    if (before.isUnknown() || before.is(true)) {
      return List.of();
    }
    List<String> keys = new ArrayList<>(config.known().map(c -> c.at("env").entries().keySet()).orElse(java.util.Set.of()));
    String what = keys.isEmpty() ? "its configuration_values" : "its configuration_values (" + DataPlane.names(keys) + ")";
    Node at = before.isExplicit() ? before.node() : addon.node();
    return Violation.one(at, addon.describe() + " has no before_compute = true" + before.note() + ", so " + what
        + " are applied after the node groups are created: the first nodes start with the default CNI settings");
  }
}
