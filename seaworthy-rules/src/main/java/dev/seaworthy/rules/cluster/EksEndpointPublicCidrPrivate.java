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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@RuleInfo(
    id = "eks-endpoint-public-cidr-private",
    title = "EKS public endpoint CIDRs name private or reserved ranges",
    severity = Severity.HIGH,
    category = Category.CLUSTER,
    description = """
        The public access CIDRs filter the source addresses of requests that reach the public \
        endpoint over the internet, where private (RFC 1918) and other reserved addresses never \
        appear. An entry such as 10.0.0.0/8 therefore admits no client and protects nothing, while \
        looking like "only our network": clients inside the VPC use the private endpoint instead, and \
        the public endpoint stays exposed to whatever else the list admits. Checkov CKV_AWS_38 and \
        Trivy AVD-AWS-0041 pass such a list. Read from Terraform (module terraform-aws-modules/eks, \
        aws_eks_cluster) and eksctl ClusterConfig.""",
    remediation = "To reach the API only from your network, turn public access off and private access on; otherwise list your real public egress CIDRs.",
    references = {
      "https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html",
      "https://docs.aws.amazon.com/eks/latest/best-practices/identity-and-access-management.html",
      "https://www.rfc-editor.org/rfc/rfc1918"
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
          publicAccessCIDRs: ["10.0.0.0/8"]
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
public final class EksEndpointPublicCidrPrivate implements InventoryRule {

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
    Setting<List<String>> cidrs = c.publicAccessCidrs();
    if (!c.endpointPublicAccess().is(true) || cidrs.known().isEmpty()) {
      return List.of();
    }
    List<Violation> out = new ArrayList<>();
    for (String cidr : cidrs.value()) {
      Optional<String> range = Cidrs.reservedRange(cidr);
      if (range.isPresent()) {
        out.add(Violation.of(EksRules.item(cidrs, cidr.strip()), c.describe() + ": public access CIDR " + cidr.strip() + " is " + range.get()
            + ", which no request over the internet comes from: it admits no client and protects nothing. To reach the API only from"
            + " your network, set public access false and private access true; otherwise list your real public egress CIDRs"));
      }
    }
    return out;
  }
}
