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
    id = "eks-cluster-creator-admin",
    title = "EKS cluster creator is made a permanent cluster admin",
    severity = Severity.LOW,
    category = Category.IDENTITY,
    description = """
        Bootstrapping the identity that creates the cluster (often a CI role or a person's SSO \
        role) as cluster admin leaves an administrator nobody decided on, which outlives the person \
        or pipeline and is easy to forget when access is reviewed. The EKS best practices recommend \
        removing it and granting admin through explicit access entries. Only an explicit setting is \
        reported (module enable_cluster_creator_admin_permissions, aws_eks_cluster access_config, \
        eksctl accessConfig.bootstrapClusterCreatorAdminPermissions), since the defaults differ \
        between tools.""",
    remediation = "Set the creator-admin option to false and grant cluster admin through an explicit access entry for a named role.",
    references = {
      "https://docs.aws.amazon.com/eks/latest/userguide/access-entries.html",
      "https://docs.aws.amazon.com/eks/latest/best-practices/identity-and-access-management.html"
    },
    example = """
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: eu-west-1
        accessConfig:
          authenticationMode: API
          bootstrapClusterCreatorAdminPermissions: true
        """,
    fixedExample = """
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: eu-west-1
        accessConfig:
          authenticationMode: API
          bootstrapClusterCreatorAdminPermissions: false
        """)
public final class EksClusterCreatorAdmin implements InventoryRule {

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
    Setting<Boolean> admin = c.creatorAdmin();
    if (!admin.isExplicit() || !admin.is(true)) {
      return List.of();
    }
    return List.of(Violation.of(admin.node(), c.describe() + ": the identity that creates the cluster is made cluster admin"));
  }
}
