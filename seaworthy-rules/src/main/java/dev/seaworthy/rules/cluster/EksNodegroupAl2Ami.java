package dev.seaworthy.rules.cluster;

import dev.seaworthy.core.data.DataFiles;
import dev.seaworthy.core.data.KubernetesVersion;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.eks.EksClusterView;
import dev.seaworthy.core.view.eks.EksInputs;
import dev.seaworthy.core.view.eks.EksNodeGroupView;
import dev.seaworthy.core.view.eks.Setting;
import dev.seaworthy.core.view.eks.Values;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@RuleInfo(
    id = "eks-nodegroup-al2-ami",
    title = "Node group runs Amazon Linux 2, which gets no more EKS AMIs",
    severity = Severity.MEDIUM,
    category = Category.CLUSTER,
    checklist = {ChecklistItem.SECURITY_UPDATES},
    description = """
        EKS stopped publishing Amazon Linux 2 optimized AMIs on 2025-11-26 and never built them for \
        Kubernetes 1.33 or later: an AL2 node group gets no more kernel or security patches, and \
        the cluster cannot be upgraded past 1.32 until it moves. Reported for an explicit AL2 AMI \
        type (ami_type AL2_x86_64, AL2_x86_64_GPU, AL2_ARM_64; eksctl amiFamily AmazonLinux2) and \
        for a managed node group that sets no AMI type on a cluster at 1.29 or earlier, where EKS \
        picks AL2 (from 1.30 it picks AL2023; module v21 defaults to AL2023). AL2023 and \
        Bottlerocket are quiet, and so is an unknown version. The dates come from a bundled, dated \
        data file.""",
    remediation = "Move the node group to AL2023 (ami_type AL2023_x86_64_STANDARD / AL2023_ARM_64_STANDARD, eksctl amiFamily AmazonLinux2023) or Bottlerocket, converting bootstrap.sh user data to nodeadm.",
    references = {
      "https://github.com/awslabs/amazon-eks-ami#readme",
      "https://docs.aws.amazon.com/eks/latest/userguide/al2023.html",
      "https://docs.aws.amazon.com/eks/latest/best-practices/protecting-the-infrastructure.html"
    },
    equivalents = {"kubescape:C-0226"},
    example = """
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: us-east-1
          version: "1.31"
        managedNodeGroups:
          - name: workers
            instanceType: m5.large
            amiFamily: AmazonLinux2
        """,
    fixedExample = """
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: us-east-1
          version: "1.31"
        managedNodeGroups:
          - name: workers
            instanceType: m5.large
            amiFamily: AmazonLinux2023
        """)
public final class EksNodegroupAl2Ami extends NodeGroupRule {

  private static final Node FACTS = DataFiles.read(EksNodegroupAl2Ami.class, "/dev/seaworthy/rules/cluster/data-plane-facts.yaml");
  private static final LocalDate PUBLISHING_ENDED = LocalDate.parse(FACTS.at("al2", "publishingEnded").textOr(""));
  private static final KubernetesVersion LAST_MINOR = KubernetesVersion.of(FACTS.at("al2", "lastKubernetesMinor").textOr(""));
  private static final KubernetesVersion DEFAULT_UP_TO = KubernetesVersion.of(FACTS.at("al2", "defaultUpTo").textOr(""));

  @Override
  List<Violation> check(EksNodeGroupView group, RuleContext context) {
    Setting<String> ami = group.amiType();
    Optional<KubernetesVersion> version = version(group, context);
    String why;
    Node at;
    if (ami.known().isPresent()) {
      String t = ami.value().toUpperCase(Locale.ROOT);
      if (!t.startsWith("AL2_") && !t.equals("AMAZONLINUX2")) {
        return List.of();
      }
      why = "uses Amazon Linux 2 (" + ami.value() + ami.note() + ")";
      at = ami.node();
    } else if (ami.isUnknown() && group.managed() && group.source() != EksNodeGroupView.Source.EKSCTL && noAmiWritten(group)
        && version.isPresent() && version.get().compareTo(DEFAULT_UP_TO) <= 0) {
      why = "sets no AMI type, so on Kubernetes " + version.get() + " EKS launches Amazon Linux 2 (its default up to " + DEFAULT_UP_TO + ")";
      at = group.node();
    } else {
      return List.of();
    }
    boolean noAmi = version.isPresent() && version.get().compareTo(LAST_MINOR) > 0;
    boolean unpatched = !context.today().isBefore(PUBLISHING_ENDED);
    if (!noAmi && !unpatched) {
      return List.of();
    }
    String effect = noAmi
        ? "no AL2 AMI exists for Kubernetes " + version.get() + " (the last is " + LAST_MINOR + ")"
        : "EKS stopped publishing AL2 AMIs on " + PUBLISHING_ENDED + ", so these nodes get no more kernel or security patches and the cluster cannot move past " + LAST_MINOR;
    return Violation.one(at, group.describe() + " " + why + ": " + effect);
  }

  /** No ami_type and no custom AMI (a launch template image or ami_id makes EKS use CUSTOM). */
  private static boolean noAmiWritten(EksNodeGroupView group) {
    Node n = group.node();
    return !n.at("ami_type").isPresent() && !n.at("ami_id").isPresent() && !n.at("launch_template").isPresent()
        && !n.at("release_version").isPresent() && !n.at("ami_release_version").isPresent();
  }

  /** The Kubernetes version of the group's nodes: its own, else its cluster's. */
  private static Optional<KubernetesVersion> version(EksNodeGroupView group, RuleContext context) {
    for (String field : List.of("version", "kubernetes_version", "cluster_version")) {
      Node own = group.node().at(field);
      if (group.source() != EksNodeGroupView.Source.EKSCTL && own.isPresent()) {
        return Values.isExpression(own) ? Optional.empty() : KubernetesVersion.parse(own.textOr(""));
      }
    }
    if (group.source() == EksNodeGroupView.Source.MODULE_CALL) {
      return Optional.empty();
    }
    Optional<EksClusterView> own = EksClusterView.of(group.resource(), context.inventory());
    if (own.isPresent() && (group.source() != EksNodeGroupView.Source.EKSCTL || own.get().judged())) {
      return own.get().parsedVersion();
    }
    for (EksClusterView c : EksInputs.clusters(context.inventory())) {
      if (!group.clusterName().isEmpty() && c.name().is(group.clusterName())) {
        return c.parsedVersion();
      }
    }
    return Optional.empty();
  }
}
