package dev.seaworthy.rules.autoscaling;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.core.rule.ResourceRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

@RuleInfo(
    id = "ec2nodeclass-ami-latest",
    title = "EC2NodeClass follows the latest AMI instead of a pinned version",
    severity = Severity.MEDIUM,
    category = Category.AUTOSCALING,
    checklist = {ChecklistItem.SECURITY_UPDATES, ChecklistItem.CLUSTER_AUTOSCALING},
    description = """
        An amiSelectorTerms alias ending in @latest (al2023@latest, bottlerocket@latest) resolves to \
        whatever AMI AWS published last. When a new one appears, every node of the class drifts and \
        Karpenter replaces them all, in production, with an image nobody tested, at a time nobody \
        chose. The EKS Best Practices Guide strongly recommends pinning a tested version \
        (al2023@v20240807) in production and promoting new AMIs through lower environments. AL2 \
        aliases are reported by ec2nodeclass-al2-ami instead.""",
    remediation = "Pin the alias to a tested AMI release (for example al2023@v20251117) and bump it deliberately after testing in a non-production cluster.",
    references = {
      "https://docs.aws.amazon.com/eks/latest/best-practices/karpenter.html",
      "https://karpenter.sh/docs/tasks/managing-amis/"
    },
    example = """
        apiVersion: karpenter.k8s.aws/v1
        kind: EC2NodeClass
        metadata:
          name: default
        spec:
          role: KarpenterNodeRole-prod
          amiSelectorTerms:
            - alias: al2023@latest
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
public final class Ec2NodeClassAmiLatest implements ResourceRule {

  @Override
  public boolean appliesTo(Resource resource) {
    return Karpenter.isNodeClass(resource);
  }

  @Override
  public List<Violation> check(Resource nodeClass, RuleContext context) {
    List<Violation> out = new ArrayList<>();
    for (Node alias : Karpenter.aliases(nodeClass)) {
      String text = alias.textOr("").toLowerCase(Locale.ROOT);
      if (!text.endsWith("@latest") || text.startsWith("al2@")) {
        continue;
      }
      out.add(
          Violation.of(
              alias,
              Names.describe(nodeClass) + " selects AMI alias \"" + alias.textOr("") + "\": each new AMI release replaces every node of "
                  + "the class with an untested image, at a time nobody chose"));
    }
    return out;
  }
}
