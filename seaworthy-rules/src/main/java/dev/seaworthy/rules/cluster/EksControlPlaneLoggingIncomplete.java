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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@RuleInfo(
    id = "eks-control-plane-logging-incomplete",
    title = "EKS control plane logs only some log types",
    severity = Severity.LOW,
    category = Category.OBSERVABILITY,
    checklist = {ChecklistItem.CENTRALIZED_LOGGING},
    description = """
        EKS can send five control-plane log types to CloudWatch: api, audit, authenticator, \
        controllerManager and scheduler. With audit on but some of the others off, scheduling \
        failures, controller errors or authentication problems leave no trace where the team will \
        look for them. terraform-aws-modules/eks enables audit, api and authenticator by default, \
        leaving controllerManager and scheduler off. A cluster without audit logging is reported by \
        eks-audit-logging-disabled instead. Read from Terraform and eksctl ClusterConfig.""",
    remediation = "Enable all five control-plane log types, or accept the missing ones on purpose with a suppression and its reason.",
    references = {
      "https://docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html",
      "https://docs.aws.amazon.com/eks/latest/best-practices/auditing-and-logging.html"
    },
    equivalents = {"checkov:CKV_AWS_37", "trivy:AVD-AWS-0038"},
    example = """
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: eu-west-1
        cloudWatch:
          clusterLogging:
            enableTypes: ["audit"]
            logRetentionInDays: 90
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
public final class EksControlPlaneLoggingIncomplete implements InventoryRule {

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
    if (types.known().isEmpty() || !types.value().contains("audit")) {
      return List.of();
    }
    List<String> missing = new ArrayList<>(EksClusterView.LOG_TYPES);
    missing.removeAll(types.value());
    if (missing.isEmpty()) {
      return List.of();
    }
    return List.of(Violation.of(types.node(), c.describe() + ": control-plane log types " + String.join(", ", missing)
        + " are not enabled" + types.note()));
  }
}
