package dev.seaworthy.rules.cluster;

import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.core.rule.InventoryRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.eks.EksAddonView;
import dev.seaworthy.core.view.eks.EksClusterView;
import dev.seaworthy.core.view.eks.EksClusters;
import dev.seaworthy.core.view.eks.Setting;
import java.util.List;
import java.util.Optional;

@RuleInfo(
    id = "eks-irsa-disabled",
    title = "EKS cluster has neither IRSA nor Pod Identity",
    severity = Severity.MEDIUM,
    category = Category.IDENTITY,
    checklist = {ChecklistItem.IRSA},
    description = """
        Without an IAM OIDC provider (IRSA) or the EKS Pod Identity agent, pods can only get AWS \
        credentials from the node's instance role, so every pod on a node shares every permission \
        any of them needs. eksctl creates no OIDC provider unless iam.withOIDC is true; a raw \
        aws_eks_cluster needs its own aws_iam_openid_connect_provider; terraform-aws-modules/eks \
        enables IRSA by default. A cluster with the eks-pod-identity-agent add-on is not reported. \
        For Terraform, an OIDC provider defined elsewhere than the audited input cannot be seen.""",
    remediation = "Enable IRSA (iam.withOIDC: true, enable_irsa = true, or an aws_iam_openid_connect_provider) or install the eks-pod-identity-agent add-on.",
    references = {
      "https://docs.aws.amazon.com/eks/latest/userguide/iam-roles-for-service-accounts.html",
      "https://docs.aws.amazon.com/eks/latest/userguide/pod-identities.html",
      "https://docs.aws.amazon.com/eks/latest/best-practices/identity-and-access-management.html"
    },
    equivalents = {"kubescape:C-0225"},
    example = """
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: eu-west-1
        """,
    fixedExample = """
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: eu-west-1
        iam:
          withOIDC: true
        """)
public final class EksIrsaDisabled implements InventoryRule {

  private static final String POD_IDENTITY_AGENT = "eks-pod-identity-agent";

  @Override
  public boolean appliesTo(Resource resource) {
    return EksRules.isCluster(resource);
  }

  @Override
  public List<Violation> check(Resource resource, RuleContext context) {
    Optional<EksClusterView> view = EksRules.judged(resource, context);
    if (view.isEmpty()) {
      return List.of();
    }
    EksClusterView c = view.get();
    Setting<Boolean> irsa = c.irsa();
    if (!irsa.is(false)) {
      return List.of();
    }
    for (EksAddonView addon : EksClusters.of(context.inventory()).addonsOf(c)) {
      if (addon.name().is(POD_IDENTITY_AGENT) || addon.name().isUnknown()) {
        return List.of();
      }
    }
    Violation v = Violation.of(irsa.node(), c.describe() + ": no IAM OIDC provider for IRSA" + irsa.note()
        + " and no " + POD_IDENTITY_AGENT + " add-on, so pods can only use the node's IAM role");
    // a raw cluster's provider is a separate resource, often in another stack: its absence from the
    // audited input is not a certainty
    return List.of(irsa.by().endsWith("in the audited input") ? v.withSeverity(Severity.LOW) : v);
  }
}
