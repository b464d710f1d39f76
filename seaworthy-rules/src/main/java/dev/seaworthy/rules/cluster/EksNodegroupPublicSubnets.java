package dev.seaworthy.rules.cluster;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.eks.EksClusterView;
import dev.seaworthy.core.view.eks.EksNodeGroupView;
import dev.seaworthy.core.view.eks.Setting;
import dev.seaworthy.core.view.eks.TerraformRefs;
import dev.seaworthy.core.view.eks.Values;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

@RuleInfo(
    id = "eks-nodegroup-public-subnets",
    title = "Node group places its nodes in public subnets",
    severity = Severity.MEDIUM,
    category = Category.SECURITY,
    description = """
        Nodes in public subnets get public IP addresses: kubelet, NodePorts and anything bound to \
        the host are one security-group mistake away from the internet, and egress does not pass \
        through a NAT you control. The EKS Best Practices Guide puts worker nodes in private \
        subnets and only load balancers in public ones. Reported where the input proves it: an \
        eksctl node group without privateNetworking (its default is false) in a ClusterConfig that \
        lets eksctl create the VPC or names public subnets, and a Terraform node group whose \
        subnet_ids are the public_subnets output of the terraform-aws-modules/vpc module. An \
        eksctl config that only adds node groups to a cluster defined elsewhere is not judged.""",
    remediation = "Place the node group in private subnets (eksctl privateNetworking: true; Terraform subnet_ids = module.vpc.private_subnets).",
    references = {
      "https://docs.aws.amazon.com/eks/latest/best-practices/protecting-the-infrastructure.html",
      "https://docs.aws.amazon.com/eks/latest/best-practices/subnets.html",
      "https://docs.aws.amazon.com/eks/latest/eksctl/vpc-networking.html"
    },
    equivalents = {"checkov:CKV_AWS_88", "kubescape:C-0229", "hardeneks:deploy_workers_onto_private_subnets"},
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
        """,
    fixedExample = """
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
        """)
public final class EksNodegroupPublicSubnets extends NodeGroupRule {

  private static final Pattern PUBLIC_OUTPUT = Pattern.compile("\\bmodule\\.([A-Za-z_][A-Za-z0-9_-]*)\\.public_subnets\\b");
  private static final Pattern VPC_MODULE = Pattern.compile("(?:registry\\.terraform\\.io/)?terraform-aws-modules/vpc/aws", Pattern.CASE_INSENSITIVE);

  @Override
  List<Violation> check(EksNodeGroupView group, RuleContext context) {
    if (group.source() == EksNodeGroupView.Source.EKSCTL) {
      return eksctl(group, context);
    }
    Setting<List<String>> subnets = group.subnets();
    Node expression = subnets.node();
    if (!subnets.isUnknown() || !Values.isExpression(expression)) {
      return List.of();
    }
    Matcher m = PUBLIC_OUTPUT.matcher(expression.textOr(""));
    if (!m.find()) {
      return List.of();
    }
    Optional<Resource> vpc = TerraformRefs.find(context.inventory(), group.resource(), "module." + m.group(1));
    if (vpc.isEmpty() || !VPC_MODULE.matcher(vpc.get().node().at("source").textOr("").strip()).matches()) {
      return List.of();
    }
    Node at = expression.position().file().equals(group.node().position().file()) ? expression : group.node();
    return Violation.one(at, group.describe() + " places its nodes in " + expression.textOr("")
        + ", the public subnets of module \"" + m.group(1) + "\": nodes get public IP addresses");
  }

  private static List<Violation> eksctl(EksNodeGroupView group, RuleContext context) {
    Setting<Boolean> priv = group.privateNetworking();
    if (!priv.is(false) || group.node().at("subnets").isPresent()) {
      return List.of();
    }
    Optional<EksClusterView> config = EksClusterView.of(group.resource(), context.inventory());
    if (config.isEmpty() || !config.get().judged()) {
      return List.of(); // node groups added to a cluster defined elsewhere: its subnets are not known here
    }
    Node vpc = group.resource().node().at("vpc");
    boolean eksctlCreatesVpc = !vpc.at("id").isPresent() && !vpc.at("subnets").isPresent();
    boolean publicSubnetsGiven = !vpc.at("subnets", "public").entries().isEmpty() || !vpc.at("subnets", "public").items().isEmpty();
    if (!eksctlCreatesVpc && !publicSubnetsGiven) {
      return List.of();
    }
    return Violation.one(priv.node(), group.describe() + " runs in public subnets: privateNetworking is false" + priv.note()
        + (eksctlCreatesVpc ? " and eksctl creates the VPC" : "") + ", so its nodes get public IP addresses");
  }
}
