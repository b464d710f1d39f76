package dev.seaworthy.rules.cluster;

import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.core.rule.InventoryRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.eks.EksClusterView;
import dev.seaworthy.core.view.eks.Setting;
import java.util.List;
import java.util.Optional;

@RuleInfo(
    id = "eks-log-retention-unset",
    title = "EKS control-plane logs are kept forever",
    severity = Severity.LOW,
    category = Category.COST,
    checklist = {ChecklistItem.CENTRALIZED_LOGGING, ChecklistItem.COST_MONITORING},
    description = """
        When EKS creates the control-plane log group itself (/aws/eks/<cluster>/cluster), it sets no \
        retention: logs, audit logs included, are stored and billed forever, and a retention policy \
        the organisation requires is not applied. eksctl sets a retention only with \
        logRetentionInDays; terraform-aws-modules/eks creates the log group with 90 days unless \
        create_cloudwatch_log_group is false; a raw aws_eks_cluster needs its own \
        aws_cloudwatch_log_group. Reported only when some log type is enabled.""",
    remediation = "Set a retention on the control-plane log group (eksctl logRetentionInDays, module cloudwatch_log_group_retention_in_days, or an aws_cloudwatch_log_group with retention_in_days).",
    references = {
      "https://docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html",
      "https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Working-with-log-groups-and-streams.html"
    },
    example = """
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: eu-west-1
        cloudWatch:
          clusterLogging:
            enableTypes: ["all"]
        """,
    fixedExample = """
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: eu-west-1
        cloudWatch:
          clusterLogging:
            enableTypes: ["all"]
            logRetentionInDays: 90
        """)
public final class EksLogRetentionUnset implements InventoryRule {

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
    Setting<List<String>> types = c.logTypes();
    Setting<Long> days = c.logRetentionDays();
    if (types.known().map(List::isEmpty).orElse(true) || days.isUnknown() || days.value() != null) {
      return List.of();
    }
    String why = days.by().isEmpty() ? "retention is set to never expire" : days.by();
    return List.of(Violation.of(days.node(), c.describe() + ": control-plane logs never expire (" + why + ")"));
  }
}
