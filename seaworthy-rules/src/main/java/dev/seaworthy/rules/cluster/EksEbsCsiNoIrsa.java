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
    id = "eks-ebs-csi-no-irsa",
    title = "EBS CSI driver add-on has no IAM role of its own",
    severity = Severity.MEDIUM,
    category = Category.IDENTITY,
    checklist = {ChecklistItem.IRSA},
    description = """
        The EBS CSI controller creates, attaches and deletes EBS volumes and needs the \
        AmazonEBSCSIDriverPolicy permissions. Without a role of its own (service_account_role_arn / \
        IRSA for kube-system/ebs-csi-controller-sa, or an EKS Pod Identity association) it falls \
        back to the node instance role: either that role lacks the permissions and every \
        PersistentVolumeClaim stays Pending, or it has them and every pod that reaches the instance \
        metadata service can delete volumes. eksctl creates the role itself when iam.withOIDC is \
        on.""",
    remediation = "Give the aws-ebs-csi-driver add-on its own role: service_account_role_arn with an IRSA role carrying AmazonEBSCSIDriverPolicy (or a Pod Identity association for kube-system/ebs-csi-controller-sa).",
    references = {
      "https://docs.aws.amazon.com/eks/latest/userguide/ebs-csi.html",
      "https://docs.aws.amazon.com/eks/latest/userguide/csi-iam-role.html",
      "https://docs.aws.amazon.com/eks/latest/best-practices/identity-and-access-management.html"
    },
    example = """
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: us-east-1
        addons:
          - name: aws-ebs-csi-driver
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
          - name: aws-ebs-csi-driver
            wellKnownPolicies:
              ebsCSIController: true
        """)
public final class EksEbsCsiNoIrsa extends AddonRule {

  public EksEbsCsiNoIrsa() {
    super("aws-ebs-csi-driver");
  }

  @Override
  List<Violation> check(EksAddonView addon, RuleContext context) {
    if (addon.hasOwnIdentity() || identityGivenElsewhere(addon, "kube-system", "ebs-csi-controller-sa", context.inventory())) {
      return List.of();
    }
    return Violation.one(addon.node(), addon.describe()
        + " has no IAM role of its own: the EBS CSI controller falls back to the node role, which either cannot manage volumes (PVCs stay Pending) or lets every pod on the node do so");
  }
}
