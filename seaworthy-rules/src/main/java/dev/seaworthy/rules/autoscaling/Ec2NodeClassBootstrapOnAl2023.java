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
import java.util.List;

@RuleInfo(
    id = "ec2nodeclass-bootstrap-sh-on-al2023",
    title = "EC2NodeClass user data calls the AL2-only bootstrap.sh on AL2023 nodes",
    severity = Severity.MEDIUM,
    category = Category.AUTOSCALING,
    checklist = {ChecklistItem.CLUSTER_AUTOSCALING},
    description = """
        /etc/eks/bootstrap.sh exists only on Amazon Linux 2 EKS AMIs. AL2023 nodes join the cluster \
        with nodeadm, configured by a NodeConfig document that Karpenter merges with your user data. \
        A script that calls bootstrap.sh on AL2023 fails at that line, so whatever it passed \
        (--kubelet-extra-args, --max-pods, container runtime settings) is silently not applied, and \
        the node joins with defaults. Typical after moving an AL2 template to an al2023 alias.""",
    remediation = "Replace the bootstrap.sh call with a MIME multi-part user data holding a nodeadm NodeConfig (node.eks.aws/v1alpha1) that sets the same kubelet options, or use EC2NodeClass spec.kubelet.",
    references = {
      "https://docs.aws.amazon.com/eks/latest/userguide/al2023.html",
      "https://karpenter.sh/docs/concepts/nodeclasses/#specuserdata"
    },
    example = """
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
          userData: |
            #!/bin/bash
            /etc/eks/bootstrap.sh prod --kubelet-extra-args '--max-pods=110'
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
          kubelet:
            maxPods: 110
        """)
public final class Ec2NodeClassBootstrapOnAl2023 implements ResourceRule {

  @Override
  public boolean appliesTo(Resource resource) {
    return Karpenter.isNodeClass(resource);
  }

  @Override
  public List<Violation> check(Resource nodeClass, RuleContext context) {
    Node userData = nodeClass.node().at("spec", "userData");
    if (!Karpenter.amiFamily(nodeClass).map("al2023"::equals).orElse(false) || !callsBootstrapScript(userData.textOr(""))) {
      return List.of();
    }
    return Violation.one(
        userData,
        Names.describe(nodeClass) + " runs AL2023 nodes but its userData calls /etc/eks/bootstrap.sh, which exists only on AL2: the "
            + "options it passes are never applied");
  }

  /**
   * Whether a line of the script (not a comment) mentions the AL2 bootstrap script. A comment such as
   * "we used to call /etc/eks/bootstrap.sh" is not a call.
   */
  static boolean callsBootstrapScript(String userData) {
    return userData.lines()
        .map(String::strip)
        .filter(line -> !line.startsWith("#"))
        .map(line -> line.contains(" #") ? line.substring(0, line.indexOf(" #")) : line)
        .anyMatch(line -> line.contains("/etc/eks/bootstrap.sh"));
  }
}
