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
    id = "eks-endpoint-private-access-disabled",
    title = "EKS private API endpoint is off",
    severity = Severity.MEDIUM,
    category = Category.CLUSTER,
    description = """
        Without private endpoint access, kubelets, pods and every in-VPC client reach the API server \
        through its public endpoint, over NAT and the internet, and the public endpoint can never be \
        restricted or turned off without cutting the nodes off. EKS, eksctl and module v18 leave the \
        private endpoint off by default; modules v19 and later turn it on. Read from Terraform (module \
        terraform-aws-modules/eks with its major's defaults, aws_eks_cluster) and eksctl \
        ClusterConfig.""",
    remediation = "Turn private endpoint access on (endpoint_private_access / privateAccess: true).",
    references = {
      "https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html",
      "https://docs.aws.amazon.com/eks/latest/best-practices/identity-and-access-management.html"
    },
    equivalents = {"kubescape:C-0228"},
    example = """
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: eu-west-1
        vpc:
          clusterEndpoints:
            publicAccess: true
        """,
    fixedExample = """
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: eu-west-1
        vpc:
          clusterEndpoints:
            publicAccess: true
            privateAccess: true
        """)
public final class EksEndpointPrivateAccessDisabled implements InventoryRule {

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
    Setting<Boolean> priv = c.endpointPrivateAccess();
    if (!priv.is(false)) {
      return List.of();
    }
    return List.of(Violation.of(priv.node(), c.describe() + ": private endpoint access is off" + priv.note()
        + ": nodes and in-VPC clients reach the API server over the public endpoint, which therefore cannot be closed"));
  }
}
