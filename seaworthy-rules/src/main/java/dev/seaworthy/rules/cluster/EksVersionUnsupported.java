package dev.seaworthy.rules.cluster;

import dev.seaworthy.core.data.EksVersionCalendar;
import dev.seaworthy.core.data.KubernetesVersion;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.core.rule.InventoryRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.eks.EksClusterView;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@RuleInfo(
    id = "eks-version-unsupported",
    title = "EKS cluster runs a Kubernetes version out of standard support",
    severity = Severity.HIGH,
    category = Category.CLUSTER,
    checklist = {ChecklistItem.SECURITY_UPDATES},
    description = """
        EKS gives each Kubernetes minor version 14 months of standard support, then 12 months of \
        extended support billed at $0.60 instead of $0.10 per cluster-hour (about $365 more per \
        cluster and month), then upgrades the control plane automatically, whether or not the \
        workloads, add-ons and node groups are ready. A version in extended support is reported at \
        MEDIUM with its cost; a version past the end of extended support at HIGH (forced upgrade). \
        The dates come from the bundled EKS calendar, judged on the audit date; a version newer \
        than the calendar is not reported. Read from Terraform and eksctl ClusterConfig.""",
    remediation = "Upgrade the cluster one minor version at a time to a version in standard support, after checking removed APIs and add-on versions.",
    references = {
      "https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html",
      "https://docs.aws.amazon.com/eks/latest/best-practices/cluster-upgrades.html",
      "https://aws.amazon.com/eks/pricing/"
    },
    equivalents = {"checkov:CKV_AWS_339", "kubescape:C-0273", "hardeneks:check_eks_version"},
    example = """
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: eu-west-1
          version: "1.28"
        """,
    fixedExample = """
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: eu-west-1
          version: "1.35"
        """)
public final class EksVersionUnsupported implements InventoryRule {

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
    Optional<KubernetesVersion> version = c.parsedVersion();
    if (version.isEmpty()) {
      return List.of();
    }
    EksVersionCalendar calendar = EksVersionCalendar.bundled();
    LocalDate today = context.today();
    String prefix = c.describe() + ": Kubernetes " + version.get();
    Optional<EksVersionCalendar.Entry> entry = calendar.entry(version.get());
    if (entry.isEmpty()) {
      KubernetesVersion oldest = calendar.entries().get(0).version();
      if (version.get().compareTo(oldest) < 0) {
        return List.of(Violation.of(c.kubernetesVersion().node(), prefix
            + " is older than every version EKS still knows: its support ended before " + calendar.entries().get(0).endOfExtended()
            + " and EKS no longer runs or creates it"));
      }
      return List.of(); // newer than the calendar, or a gap in it: nothing to say
    }
    EksVersionCalendar.Entry e = entry.get();
    if (!today.isBefore(e.endOfExtended())) {
      return List.of(Violation.of(c.kubernetesVersion().node(), prefix + " left extended support on " + e.endOfExtended()
          + " (standard support ended " + e.endOfStandard() + "): EKS upgrades such control planes automatically, a forced upgrade"
          + " the workloads and add-ons were not tested for"));
    }
    if (!today.isBefore(e.endOfStandard())) {
      return List.of(Violation.of(c.kubernetesVersion().node(), prefix + " has been in extended support since " + e.endOfStandard()
          + " (until " + e.endOfExtended() + "): the control plane costs $0.60 instead of $0.10 per cluster-hour, about $365 more a month")
          .withSeverity(Severity.MEDIUM));
    }
    return List.of();
  }
}
