package dev.seaworthy.rules.cluster;

import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.eks.EksAddonView;
import java.util.List;

@RuleInfo(
    id = "eks-vpc-cni-shared-node-role",
    title = "VPC CNI add-on has no IAM role of its own and uses the node role",
    severity = Severity.MEDIUM,
    category = Category.IDENTITY,
    checklist = {ChecklistItem.IRSA},
    description = """
        The VPC CNI (aws-node) needs AmazonEKS_CNI_Policy to attach ENIs and assign IP addresses. \
        Without a role of its own (service_account_role_arn / IRSA, or an EKS Pod Identity \
        association) it uses the node instance role, so that policy has to sit on every node's role \
        where any pod that reaches the instance metadata service can use it. The EKS Best \
        Practices Guide gives aws-node its own IRSA role and removes the policy from the node role. \
        eksctl creates such a role itself when iam.withOIDC is on, and a Pod Identity association \
        or an annotated aws-node ServiceAccount in the input also counts.""",
    remediation = "Give the vpc-cni add-on its own role: service_account_role_arn with an IRSA role carrying AmazonEKS_CNI_Policy (or a Pod Identity association for kube-system/aws-node), then remove the policy from the node role.",
    references = {
      "https://docs.aws.amazon.com/eks/latest/userguide/cni-iam-role.html",
      "https://docs.aws.amazon.com/eks/latest/best-practices/identity-and-access-management.html",
      "https://docs.aws.amazon.com/eks/latest/best-practices/vpc-cni.html"
    },
    equivalents = {"hardeneks:check_aws_node_daemonset_service_account"},
    example = """
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: us-east-1
        addons:
          - name: vpc-cni
            version: latest
        """,
    fixedExample = """
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: us-east-1
        iam:
          withOIDC: true
        addons:
          - name: vpc-cni
            version: latest
        """)
public final class EksVpcCniSharedNodeRole extends AddonRule {

  public EksVpcCniSharedNodeRole() {
    super("vpc-cni");
  }

  @Override
  List<Violation> check(EksAddonView addon, RuleContext context) {
    if (addon.hasOwnIdentity() || identityGivenElsewhere(addon, "kube-system", "aws-node", context.inventory())) {
      return List.of();
    }
    String how = addon.source() == EksAddonView.Source.EKSCTL
        ? "no serviceAccountRoleARN, policies or Pod Identity association, and iam.withOIDC is off"
        : "no service_account_role_arn or Pod Identity association";
    return Violation.one(addon.node(), addon.describe() + " has no IAM role of its own (" + how
        + "): aws-node uses the node role, which must then carry AmazonEKS_CNI_Policy for every pod on the node to reach");
  }
}
