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
    id = "eks-nodegroup-imds-hop-limit",
    title = "Node group's IMDS hop limit above 1 lets pods reach the node role's credentials",
    severity = Severity.MEDIUM,
    category = Category.SECURITY,
    checklist = {ChecklistItem.IRSA},
    description = """
        IMDSv2's session token is returned with an IP TTL equal to the hop limit. With a limit of 1 \
        it cannot leave the node's own network stack, so pods on the pod network never get one and \
        cannot read the node instance role's credentials; with 2 or more every pod can. The EKS \
        Best Practices Guide restricts pod access to the instance profile (hop limit 1, or 2 only \
        for pods that really need IMDS). Defaults are judged and named: terraform-aws-modules/eks \
        v18-v20 default to 2 (v21 to 1), and eksctl's generated launch template uses 2 unless \
        disablePodIMDS is set. Host-network pods are not affected by the limit either way.""",
    remediation = "Set metadata_options http_put_response_hop_limit = 1 (eksctl: disablePodIMDS: true) and give pods that call AWS their own role with IRSA or EKS Pod Identity.",
    references = {
      "https://docs.aws.amazon.com/eks/latest/best-practices/identity-and-access-management.html",
      "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-existing-instances.html",
      "https://docs.aws.amazon.com/eks/latest/eksctl/security.html"
    },
    equivalents = {"checkov:CKV_AWS_341", "hardeneks:check_access_to_instance_profile"},
    example = """
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: us-east-1
        managedNodeGroups:
          - name: workers
            instanceType: m5.large
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
            disablePodIMDS: true
        """)
public final class EksNodegroupImdsHopLimit extends NodeGroupRule {

  @Override
  List<Violation> check(EksNodeGroupView group, RuleContext context) {
    Setting<Long> hops = group.imdsHopLimit();
    // with IMDSv1 allowed the hop limit protects nothing: eks-nodegroup-imdsv1-allowed reports that
    if (hops.known().isEmpty() || hops.value() <= 1 || group.imdsTokensRequired().is(false)) {
      return List.of();
    }
    return Violation.one(hops.node(), group.describe() + " has an IMDS hop limit of " + hops.value() + hops.note()
        + ": pods on the pod network can get an IMDSv2 token and read the node role's credentials");
  }
}
