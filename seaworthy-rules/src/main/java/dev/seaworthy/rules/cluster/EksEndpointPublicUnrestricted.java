package dev.seaworthy.rules.cluster;

import dev.seaworthy.core.model.Node;
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
    id = "eks-endpoint-public-unrestricted",
    title = "EKS API endpoint is public and open to the whole internet",
    severity = Severity.HIGH,
    category = Category.CLUSTER,
    description = """
        With public endpoint access on and the public access CIDRs left at 0.0.0.0/0, anyone on the \
        internet can reach the Kubernetes API server: every credential leak, token replay or API \
        server vulnerability is then exploitable from anywhere. EKS, eksctl and module v18 turn the \
        public endpoint on by default with 0.0.0.0/0; modules v19 and later turn it off. Read from \
        Terraform (module terraform-aws-modules/eks with its major's defaults, aws_eks_cluster) and \
        eksctl ClusterConfig; a value the input does not resolve is not judged.""",
    remediation = "Turn public access off and private access on, or restrict the public access CIDRs to your own public egress ranges.",
    references = {
      "https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html",
      "https://docs.aws.amazon.com/eks/latest/best-practices/identity-and-access-management.html"
    },
    equivalents = {
      "checkov:CKV_AWS_38",
      "checkov:CKV_AWS_39",
      "trivy:AVD-AWS-0040",
      "trivy:AVD-AWS-0041",
      "kubescape:C-0227",
      "hardeneks:check_endpoint_public_access"
    },
    example = """
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: eu-west-1
        vpc:
          clusterEndpoints:
            publicAccess: true
            privateAccess: true
        """,
    fixedExample = """
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: eu-west-1
        vpc:
          clusterEndpoints:
            publicAccess: false
            privateAccess: true
        """)
public final class EksEndpointPublicUnrestricted implements InventoryRule {

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
    Setting<Boolean> pub = c.endpointPublicAccess();
    Setting<List<String>> cidrs = c.publicAccessCidrs();
    if (!pub.is(true) || cidrs.known().isEmpty()) {
      return List.of();
    }
    Optional<String> open = cidrs.value().stream().filter(Cidrs::isAnywhere).findFirst();
    if (open.isEmpty()) {
      return List.of();
    }
    String message;
    Node at;
    if (cidrs.isExplicit()) {
      at = EksRules.item(cidrs, open.get());
      message = c.describe() + ": the public API endpoint" + (pub.isDefault() ? pub.note() : "") + " admits " + open.get()
          + ", the whole internet";
    } else if (pub.isExplicit()) {
      at = pub.node();
      message = c.describe() + ": public endpoint access is on and no public access CIDRs are set, so it admits 0.0.0.0/0, the whole internet" + cidrs.note();
    } else {
      at = pub.node();
      message = c.describe() + ": the API endpoint is public and open to 0.0.0.0/0, the whole internet" + pub.note();
    }
    return List.of(Violation.of(at, message));
  }
}
