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
    id = "eks-nodegroup-update-unset",
    title = "Managed node group leaves its update budget (max unavailable) to the EKS default",
    severity = Severity.INFO,
    category = Category.CLUSTER,
    checklist = {ChecklistItem.SECURITY_UPDATES, ChecklistItem.MANAGED_NODE_GROUPS},
    description = """
        When a managed node group sets no update_config (max_unavailable or \
        max_unavailable_percentage), EKS replaces one node at a time during AMI and version \
        updates. That is safe but slow for large groups, so security updates take hours and are \
        easily postponed; a budget chosen for the group (with PodDisruptionBudgets protecting the \
        workloads) makes the update speed a decision. Informational. The EKS module v18 passes an \
        empty update_config by default and is reported as such; from v19 the module's default of \
        33% is a deliberate budget and is not reported.""",
    remediation = "Set update_config (max_unavailable_percentage or max_unavailable; eksctl updateConfig) to a budget your PodDisruptionBudgets can absorb.",
    references = {
      "https://docs.aws.amazon.com/eks/latest/userguide/managed-node-update-behavior.html",
      "https://docs.aws.amazon.com/eks/latest/APIReference/API_NodegroupUpdateConfig.html"
    },
    example = """
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: us-east-1
        managedNodeGroups:
          - name: workers
            instanceType: m5.large
            minSize: 3
            maxSize: 12
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
            minSize: 3
            maxSize: 12
            updateConfig:
              maxUnavailablePercentage: 25
        """)
public final class EksNodegroupUpdateUnset extends NodeGroupRule {

  @Override
  List<Violation> check(EksNodeGroupView group, RuleContext context) {
    if (!group.managed()) {
      return List.of();
    }
    Setting<String> budget = group.maxUnavailable();
    if (budget.isUnknown() || budget.value() != null) {
      return List.of();
    }
    String why = budget.isExplicit() ? "its update_config sets neither max_unavailable nor max_unavailable_percentage" : "it sets no update budget" + budget.note();
    return Violation.one(budget.node(), group.describe() + ": " + why + ", so EKS replaces one node at a time during updates");
  }
}
