package dev.seaworthy.rules.cluster;

import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
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
    id = "eks-auth-configmap",
    title = "EKS cluster access still goes through the aws-auth ConfigMap",
    severity = Severity.LOW,
    category = Category.IDENTITY,
    description = """
        With authentication mode CONFIG_MAP or API_AND_CONFIG_MAP, IAM principals get into the \
        cluster through the aws-auth ConfigMap in kube-system, which the EKS best practices call \
        deprecated: a typo in it locks everyone out, anyone who can edit it can make themselves \
        cluster admin, and it is invisible to IAM tooling. Access entries (mode API) are managed \
        through the EKS API instead. The EKS API defaults to CONFIG_MAP and eksctl to \
        API_AND_CONFIG_MAP; terraform-aws-modules/eks before v20 has no access entries at all, and \
        v20/v21 default to API_AND_CONFIG_MAP. Read from Terraform and eksctl ClusterConfig.""",
    remediation = "Move cluster access to access entries and set the authentication mode to API (module v20 or later, or eksctl accessConfig.authenticationMode).",
    references = {
      "https://docs.aws.amazon.com/eks/latest/userguide/access-entries.html",
      "https://docs.aws.amazon.com/eks/latest/best-practices/identity-and-access-management.html"
    },
    equivalents = {"kubescape:C-0285"},
    example = """
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: eu-west-1
        accessConfig:
          authenticationMode: CONFIG_MAP
        """,
    fixedExample = """
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: eu-west-1
        accessConfig:
          authenticationMode: API
        """)
public final class EksAuthConfigmap implements InventoryRule {

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
    Setting<String> mode = c.authenticationMode();
    if (!mode.is("CONFIG_MAP") && !mode.is("API_AND_CONFIG_MAP")) {
      return List.of();
    }
    return List.of(Violation.of(mode.node(), c.describe() + ": authentication mode is " + mode.value() + mode.note()
        + ", so cluster access can be granted through the aws-auth ConfigMap instead of access entries"));
  }
}
