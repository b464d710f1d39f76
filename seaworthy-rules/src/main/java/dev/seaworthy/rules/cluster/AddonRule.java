package dev.seaworthy.rules.cluster;

import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Origin;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.ResourceRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.eks.EksAddonView;
import dev.seaworthy.core.view.eks.EksClusterView;
import dev.seaworthy.core.view.eks.EksInputs;
import dev.seaworthy.core.view.eks.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A rule judged on each EKS add-on of one name, whatever defines it (module entry, aws_eks_addon, eksctl). */
abstract class AddonRule implements ResourceRule {

  private final String addon;

  AddonRule(String addon) {
    this.addon = addon;
  }

  @Override
  public boolean appliesTo(Resource resource) {
    return DataPlane.definesAddons(resource);
  }

  @Override
  public List<Violation> check(Resource resource, RuleContext context) {
    List<Violation> out = new ArrayList<>();
    for (EksAddonView a : EksInputs.addonsOf(resource, context.inventory())) {
      if (a.name().is(addon)) {
        out.addAll(check(a, context));
      }
    }
    return out;
  }

  abstract List<Violation> check(EksAddonView addon, RuleContext context);

  /**
   * Whether the add-on's service account gets an identity of its own in a way the add-on entry does
   * not show: eksctl's automatic IRSA role (withOIDC) or Pod Identity associations, a Terraform
   * aws_eks_pod_identity_association or terraform-aws-modules/eks-pod-identity association for it,
   * or the ServiceAccount annotated in the manifests.
   */
  static boolean identityGivenElsewhere(EksAddonView addon, String namespace, String serviceAccount, Inventory inventory) {
    if (addon.source() == EksAddonView.Source.EKSCTL) {
      Optional<EksClusterView> config = EksClusterView.of(addon.resource(), inventory);
      if (config.isEmpty() || !config.get().judged()) {
        return true; // added to a cluster defined elsewhere: its OIDC setting is not here
      }
      Node root = addon.resource().node();
      // eksctl creates a role with the add-on's recommended policies when OIDC is on
      if (!config.get().irsa().is(false) || root.at("addonsConfig", "autoApplyPodIdentityAssociations").asBoolean().orElse(false)) {
        return true;
      }
    }
    for (Resource p : inventory.ofKind("aws_eks_pod_identity_association")) {
      Node sa = p.node().at("service_account");
      if (p.origin() == Origin.TERRAFORM && (Values.isExpression(sa) || sa.textOr("").equals(serviceAccount))) {
        return true;
      }
    }
    // terraform-aws-modules/eks-pod-identity: associations {namespace, service_account} per role
    for (Resource m : inventory.ofKind("module")) {
      if (m.origin() != Origin.TERRAFORM || !m.node().at("source").textOr("").contains("eks-pod-identity")) {
        continue;
      }
      Node associations = m.node().at("associations");
      if (Values.isExpression(associations)) {
        return true;
      }
      for (Node a : associations.entries().values()) {
        Node name = a.at("service_account");
        if (Values.isExpression(name) || name.textOr("").equals(serviceAccount)) {
          return true;
        }
      }
    }
    Optional<Resource> sa = inventory.find("ServiceAccount", namespace, serviceAccount);
    return sa.isPresent() && sa.get().annotation("eks.amazonaws.com/role-arn").isPresent();
  }
}
