package dev.seaworthy.rules.cluster;

import dev.seaworthy.core.model.Origin;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.core.rule.InventoryRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.eks.IrsaRoleView;
import dev.seaworthy.core.view.eks.PolicyDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

@RuleInfo(
    id = "irsa-trust-unscoped",
    title = "IRSA role trusts service accounts it does not name",
    severity = Severity.HIGH,
    category = Category.IDENTITY,
    checklist = {ChecklistItem.IRSA},
    description = """
        A role for service accounts is assumed with a token that the cluster's OIDC issuer signs for \
        any pod. Unless the trust policy's condition on `<issuer>:sub` names \
        `system:serviceaccount:<namespace>:<name>`, every service account of the cluster (and, with \
        StringLike wildcards, every matching one) can assume the role and use its permissions. The \
        IAM module's iam-role-for-service-accounts and eksctl write a scoped trust themselves; raw \
        aws_iam_role trust policies (jsonencode, JSON or aws_iam_policy_document) are checked here. \
        Roles are recognised as IRSA roles by an EKS OIDC issuer in the trust (an         aws_iam_openid_connect_provider of the input whose URL is a cluster's issuer, the EKS         module's oidc_provider_arn, or an oidc.eks issuer written out); other web identities such as         GitHub Actions are not judged, nor is a trust policy the input does not fully define.""",
    remediation = "Add a StringEquals condition on `<issuer>:sub` with `system:serviceaccount:<namespace>:<serviceaccount>` (and on `<issuer>:aud` with `sts.amazonaws.com`).",
    references = {
      "https://docs.aws.amazon.com/eks/latest/userguide/associate-service-account-role.html",
      "https://docs.aws.amazon.com/eks/latest/best-practices/identity-and-access-management.html"
    },
    example = """
        resource "aws_iam_openid_connect_provider" "eks" {
          url            = aws_eks_cluster.this.identity[0].oidc[0].issuer
          client_id_list = ["sts.amazonaws.com"]
        }

        resource "aws_iam_role" "app" {
          name = "app"
          assume_role_policy = jsonencode({
            Version = "2012-10-17"
            Statement = [{
              Effect    = "Allow"
              Action    = "sts:AssumeRoleWithWebIdentity"
              Principal = { Federated = aws_iam_openid_connect_provider.eks.arn }
            }]
          })
        }
        """,
    fixedExample = """
        resource "aws_iam_openid_connect_provider" "eks" {
          url            = aws_eks_cluster.this.identity[0].oidc[0].issuer
          client_id_list = ["sts.amazonaws.com"]
        }

        resource "aws_iam_role" "app" {
          name = "app"
          assume_role_policy = jsonencode({
            Version = "2012-10-17"
            Statement = [{
              Effect    = "Allow"
              Action    = "sts:AssumeRoleWithWebIdentity"
              Principal = { Federated = aws_iam_openid_connect_provider.eks.arn }
              Condition = {
                StringEquals = {
                  "oidc.eks.eu-west-1.amazonaws.com/id/EXAMPLE:sub" = "system:serviceaccount:production:app"
                  "oidc.eks.eu-west-1.amazonaws.com/id/EXAMPLE:aud" = "sts.amazonaws.com"
                }
              }
            }]
          })
        }
        """)
public final class IrsaTrustUnscoped implements InventoryRule {

  @Override
  public boolean appliesTo(Resource resource) {
    return resource.origin() == Origin.TERRAFORM && resource.kind().equals("aws_iam_role");
  }

  @Override
  public List<Violation> check(Resource resource, RuleContext context) {
    List<Violation> out = new ArrayList<>();
    for (IrsaRoleView role : IrsaRoleView.of(resource, context.inventory())) {
      if (role.source() != IrsaRoleView.Source.TERRAFORM_ROLE || role.trustPolicy().known().isEmpty() || !role.trustPolicy().value().complete()) {
        continue;
      }
      for (PolicyDocument.Statement s : role.trustPolicy().value().statements()) {
        if (!s.allows() || s.actions().known().isEmpty()
            || s.actions().value().stream().noneMatch(a -> a.equalsIgnoreCase("sts:AssumeRoleWithWebIdentity"))) {
          continue;
        }
        List<PolicyDocument.Condition> subs = s.conditions().stream().filter(c -> c.variable().contains(":sub")).toList();
        if (subs.isEmpty()) {
          out.add(Violation.of(s.node(), role.describe() + ": the web-identity trust has no condition on <issuer>:sub, so every service"
              + " account of the cluster can assume the role"));
          continue;
        }
        for (PolicyDocument.Condition c : subs) {
          boolean like = c.test().toLowerCase(Locale.ROOT).contains("like");
          List<String> wild = c.values().known().orElse(List.of()).stream().filter(v -> like && (v.contains("*") || v.contains("?"))).toList();
          if (!wild.isEmpty()) {
            out.add(Violation.of(c.node(), role.describe() + ": the trust condition " + c.test() + " on <issuer>:sub admits " + wild
                + ", every matching service account, instead of naming namespace:serviceaccount"));
          }
        }
      }
    }
    return out;
  }
}
