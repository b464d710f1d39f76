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
    id = "eks-audit-logging-disabled",
    title = "EKS control-plane audit log is not enabled",
    severity = Severity.HIGH,
    category = Category.OBSERVABILITY,
    checklist = {ChecklistItem.AUDIT_LOGGING},
    description = """
        The Kubernetes audit log records who did what through the API server: without it an \
        incident (a stolen token, a deleted namespace, a privilege escalation) cannot be \
        reconstructed. A raw aws_eks_cluster and eksctl enable no control-plane log type by default. \
        terraform-aws-modules/eks enables audit, api and authenticator by default from v18, so a \
        module block without log types is not reported. Read from Terraform and eksctl \
        ClusterConfig.""",
    remediation = "Add `audit` to the cluster's enabled log types (enabled_cluster_log_types, or eksctl cloudWatch.clusterLogging.enableTypes).",
    references = {
      "https://docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html",
      "https://docs.aws.amazon.com/eks/latest/best-practices/auditing-and-logging.html"
    },
    equivalents = {"kubescape:C-0067", "hardeneks:check_logs_are_enabled", "checkov:CKV_AWS_37", "trivy:AVD-AWS-0038"},
    example = """
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: eu-west-1
        cloudWatch:
          clusterLogging:
            enableTypes: ["api", "authenticator"]
        """,
    fixedExample = """
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: eu-west-1
        cloudWatch:
          clusterLogging:
            enableTypes: ["audit", "api", "authenticator"]
            logRetentionInDays: 90
        """)
public final class EksAuditLoggingDisabled implements InventoryRule {

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
    if (types.known().isEmpty() || types.value().contains("audit")) {
      return List.of();
    }
    String what = types.value().isEmpty()
        ? "no control-plane log type is enabled" + types.note()
        : "the enabled control-plane log types " + types.value() + " do not include audit";
    return List.of(Violation.of(types.node(), c.describe() + ": " + what + ", so API requests are not audited"));
  }
}
