package dev.seaworthy.rules.cluster;

import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.eks.EksNodeGroupView;
import dev.seaworthy.core.view.eks.Setting;
import java.util.List;

@RuleInfo(
    id = "eks-nodegroup-imdsv1-allowed",
    title = "Node group allows IMDSv1, so any pod can read the node role's credentials",
    severity = Severity.HIGH,
    category = Category.SECURITY,
    checklist = {ChecklistItem.IRSA},
    description = """
        With IMDSv1 allowed (http_tokens optional, eksctl disableIMDSv1: false), any process that \
        can reach 169.254.169.254 (every pod, and any server-side request forgery in one) gets the \
        node instance role's temporary credentials with a plain GET: ECR pull, EC2 describe, CNI \
        permissions, often more. IRSA gives pods their own role but does not take the node's away. \
        IMDSv2 requires a session token from a PUT, which SSRF cannot send and which the hop limit \
        can keep inside the node. Defaults are judged: the EKS module and eksctl require IMDSv2 by \
        default; a launch template the input does not define keeps the rule quiet.""",
    remediation = "Require IMDSv2: metadata_options http_tokens = \"required\" (eksctl: disableIMDSv1: true, or disablePodIMDS: true).",
    references = {
      "https://docs.aws.amazon.com/eks/latest/best-practices/identity-and-access-management.html",
      "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-existing-instances.html"
    },
    equivalents = {"checkov:CKV_AWS_79", "trivy:AVD-AWS-0130", "kubescape:C-0052", "hardeneks:check_access_to_instance_profile"},
    example = """
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: us-east-1
        managedNodeGroups:
          - name: workers
            instanceType: m5.large
            disableIMDSv1: false
        """,
    fixedExample = """
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: us-east-1
        managedNodeGroups:
          - name: workers
            instanceType: m5.large
            disableIMDSv1: true
            disablePodIMDS: true
        """)
public final class EksNodegroupImdsv1Allowed extends NodeGroupRule {

  @Override
  List<Violation> check(EksNodeGroupView group, RuleContext context) {
    Setting<Boolean> required = group.imdsTokensRequired();
    if (!required.is(false)) {
      return List.of();
    }
    return Violation.one(required.node(), group.describe() + " allows IMDSv1" + required.note()
        + ": any pod (or SSRF in one) can read the node role's credentials from 169.254.169.254 with a plain GET");
  }
}
