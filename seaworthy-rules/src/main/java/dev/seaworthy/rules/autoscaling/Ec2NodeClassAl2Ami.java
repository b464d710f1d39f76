package dev.seaworthy.rules.autoscaling;

import dev.seaworthy.core.data.KubernetesVersion;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.core.rule.ResourceRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import java.util.List;
import java.util.Locale;

@RuleInfo(
    id = "ec2nodeclass-al2-ami",
    title = "EC2NodeClass launches Amazon Linux 2 nodes, which get no more EKS AMIs",
    severity = Severity.HIGH,
    category = Category.AUTOSCALING,
    checklist = {ChecklistItem.SECURITY_UPDATES, ChecklistItem.CLUSTER_AUTOSCALING},
    description = """
        EKS stopped publishing Amazon Linux 2 optimized AMIs on 2025-11-26 and never built them for \
        Kubernetes 1.33 or later. An EC2NodeClass with amiFamily: AL2 or an al2@ alias therefore \
        finds no AMI at all on a 1.33+ cluster (Karpenter cannot launch a node), and on older \
        versions it keeps launching an operating system that no longer receives kernel or security \
        patches. AL2023 (nodeadm) and Bottlerocket are the supported families. The dates come from \
        the bundled, dated data file; the target version is the audit's.""",
    remediation = "Move the EC2NodeClass to AL2023 (alias: al2023@<version>) or Bottlerocket, converting any AL2 bootstrap.sh user data to a nodeadm NodeConfig.",
    references = {
      "https://github.com/awslabs/amazon-eks-ami#readme",
      "https://docs.aws.amazon.com/eks/latest/userguide/al2023.html",
      "https://karpenter.sh/docs/concepts/nodeclasses/"
    },
    example = """
        apiVersion: karpenter.k8s.aws/v1
        kind: EC2NodeClass
        metadata:
          name: default
        spec:
          role: KarpenterNodeRole-prod
          amiSelectorTerms:
            - alias: al2@v20250403
          subnetSelectorTerms:
            - tags: {karpenter.sh/discovery: prod}
          securityGroupSelectorTerms:
            - tags: {karpenter.sh/discovery: prod}
        """,
    fixedExample = """
        apiVersion: karpenter.k8s.aws/v1
        kind: EC2NodeClass
        metadata:
          name: default
        spec:
          role: KarpenterNodeRole-prod
          amiSelectorTerms:
            - alias: al2023@v20251117
          subnetSelectorTerms:
            - tags: {karpenter.sh/discovery: prod}
          securityGroupSelectorTerms:
            - tags: {karpenter.sh/discovery: prod}
        """)
public final class Ec2NodeClassAl2Ami implements ResourceRule {

  @Override
  public boolean appliesTo(Resource resource) {
    return Karpenter.isNodeClass(resource);
  }

  @Override
  public List<Violation> check(Resource nodeClass, RuleContext context) {
    if (!Karpenter.amiFamily(nodeClass).map("al2"::equals).orElse(false)) {
      return List.of();
    }
    Karpenter.Facts facts = Karpenter.FACTS;
    KubernetesVersion target = context.targetVersion();
    boolean noAmi = target.compareTo(facts.al2LastMinor()) > 0;
    boolean unpatched = !context.today().isBefore(facts.al2PublishingEnded());
    if (!noAmi && !unpatched) {
      return List.of();
    }
    Node at = aliasOrFamily(nodeClass);
    String why =
        noAmi
            ? "no AL2 AMI exists for Kubernetes " + target + " (the last is " + facts.al2LastMinor() + "), so Karpenter cannot launch its nodes"
            : "EKS stopped publishing AL2 AMIs on " + facts.al2PublishingEnded() + ", so its nodes get no more kernel or security patches";
    return Violation.one(at, Names.describe(nodeClass) + " launches Amazon Linux 2 nodes: " + why);
  }

  private static Node aliasOrFamily(Resource nodeClass) {
    for (Node alias : Karpenter.aliases(nodeClass)) {
      if (alias.textOr("").toLowerCase(Locale.ROOT).startsWith("al2@")) {
        return alias;
      }
    }
    return Names.orElse(nodeClass.node().at("spec", "amiFamily"), Names.specOrObject(nodeClass));
  }
}
