package dev.seaworthy.rules.cluster;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Origin;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ResourceRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.eks.EksClusterView;
import dev.seaworthy.core.view.eks.Setting;
import dev.seaworthy.core.view.eks.Values;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

@RuleInfo(
    id = "eks-nat-gateway-single",
    title = "The cluster's private subnets share a single NAT gateway",
    severity = Severity.MEDIUM,
    category = Category.NETWORK,
    description = """
        A NAT gateway lives in one Availability Zone. When all private subnets route through one, \
        an outage of that zone cuts every node in the other zones off from ECR, STS, S3 and other \
        AWS APIs: image pulls, IRSA token exchange and node joins fail cluster-wide, and cross-AZ \
        NAT traffic is billed besides. The EKS Best Practices Guide uses one NAT gateway per AZ. \
        Reported for terraform-aws-modules/vpc with enable_nat_gateway and single_nat_gateway \
        (that module's default, without either, is one NAT gateway per private subnet), and for an \
        eksctl ClusterConfig that lets eksctl create the VPC with its default vpc.nat.gateway \
        Single while private node groups or Fargate profiles use it.""",
    remediation = "Create one NAT gateway per Availability Zone (terraform-aws-modules/vpc: one_nat_gateway_per_az = true and single_nat_gateway = false; eksctl: vpc.nat.gateway: HighlyAvailable).",
    references = {
      "https://docs.aws.amazon.com/eks/latest/best-practices/subnets.html",
      "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-nat-gateway.html",
      "https://registry.terraform.io/modules/terraform-aws-modules/vpc/aws/latest",
      "https://docs.aws.amazon.com/eks/latest/eksctl/vpc-networking.html"
    },
    example = """
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: us-east-1
        iam: {withOIDC: true}
        managedNodeGroups:
          - name: workers
            instanceType: m5.large
            privateNetworking: true
        """,
    fixedExample = """
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: us-east-1
        iam: {withOIDC: true}
        vpc:
          nat:
            gateway: HighlyAvailable
        managedNodeGroups:
          - name: workers
            instanceType: m5.large
            privateNetworking: true
        """)
public final class EksNatGatewaySingle implements ResourceRule {

  private static final Pattern VPC_MODULE = Pattern.compile(
      "(?:(?:registry\\.terraform\\.io/)?terraform-aws-modules/vpc/aws|(?:git::)?(?:https://|git@)?github\\.com[/:]terraform-aws-modules/terraform-aws-vpc(?:\\.git)?(?:\\?.*)?)",
      Pattern.CASE_INSENSITIVE);

  @Override
  public boolean appliesTo(Resource resource) {
    return isVpcModule(resource) || (resource.kind().equals("ClusterConfig") && resource.apiVersion().startsWith("eksctl.io/"));
  }

  private static boolean isVpcModule(Resource r) {
    return r.origin() == Origin.TERRAFORM && r.kind().equals("module") && VPC_MODULE.matcher(r.node().at("source").textOr("").strip()).matches();
  }

  @Override
  public List<Violation> check(Resource resource, RuleContext context) {
    return isVpcModule(resource) ? vpcModule(resource) : eksctl(resource, context);
  }

  private static List<Violation> vpcModule(Resource r) {
    Setting<Boolean> nat = Values.bool(r.node().at("enable_nat_gateway"), Setting.byDefault(false, r.node(), "module default"));
    Setting<Boolean> single = Values.bool(r.node().at("single_nat_gateway"), Setting.byDefault(false, r.node(), "module default"));
    if (!nat.is(true) || !single.is(true)) {
      return List.of();
    }
    return Violation.one(single.node(), "module \"" + r.name().replaceFirst("^module\\.", "")
        + "\" routes every private subnet through a single NAT gateway: an outage of its Availability Zone cuts the nodes in the other zones off from ECR, STS and S3");
  }

  private static List<Violation> eksctl(Resource r, RuleContext context) {
    Optional<EksClusterView> config = EksClusterView.of(r, context.inventory());
    if (config.isEmpty() || !config.get().judged()) {
      return List.of();
    }
    Node vpc = r.node().at("vpc");
    if (vpc.at("id").isPresent() || vpc.at("subnets").isPresent()) {
      return List.of(); // an existing VPC: its NAT gateways are not eksctl's
    }
    Node gateway = vpc.at("nat", "gateway");
    if (gateway.isPresent() && !gateway.textOr("").toLowerCase(Locale.ROOT).equals("single")) {
      return List.of();
    }
    if (!usesPrivateSubnets(r.node())) {
      return List.of();
    }
    String whose = gateway.isPresent() ? "vpc.nat.gateway is Single" : "vpc.nat.gateway is not set (eksctl default: Single)";
    Node at = gateway.isPresent() ? gateway : vpc.isPresent() ? vpc : r.node();
    return Violation.one(at, "eksctl ClusterConfig \"" + r.name() + "\" creates its VPC with one NAT gateway: " + whose
        + ", so an outage of that Availability Zone cuts private nodes in the other zones off from ECR, STS and S3");
  }

  private static boolean usesPrivateSubnets(Node config) {
    if (!config.at("fargateProfiles").items().isEmpty()) {
      return true;
    }
    for (String field : List.of("managedNodeGroups", "nodeGroups")) {
      for (Node g : config.at(field).items()) {
        if (g.at("privateNetworking").asBoolean().orElse(false)) {
          return true;
        }
      }
    }
    return false;
  }
}
