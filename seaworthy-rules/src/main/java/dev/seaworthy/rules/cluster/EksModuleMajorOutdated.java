package dev.seaworthy.rules.cluster;

import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.core.rule.InventoryRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.eks.EksModule;
import dev.seaworthy.core.view.eks.EksModuleDefaults;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@RuleInfo(
    id = "eks-module-major-outdated",
    title = "EKS Terraform module pinned to a superseded major version",
    severity = Severity.MEDIUM,
    category = Category.CLUSTER,
    checklist = {ChecklistItem.SECURITY_UPDATES},
    description = """
        A terraform-aws-modules/eks major stops receiving fixes once the next one ships, and each \
        later major changes inputs and defaults (v20: access entries instead of aws-auth; v21: \
        renamed inputs, AWS provider 6). The longer a pin stays, the larger the migration. v18 and \
        v19 (last release 19.21.0, 2023-12-11) are reported at MEDIUM: they predate access entries \
        and v19 cannot use AWS provider 6. v20 (last release 20.37.2, 2025-07-17, superseded by v21 \
        on 2025-07-23) still works with provider 5 and is reported at LOW. A major counts as \
        superseded once the next one was released by the audit date.""",
    remediation = "Upgrade the module one major at a time, following its docs/UPGRADE-<major>.0.md guides.",
    references = {
      "https://github.com/terraform-aws-modules/terraform-aws-eks/blob/master/docs/UPGRADE-20.0.md",
      "https://github.com/terraform-aws-modules/terraform-aws-eks/blob/master/docs/UPGRADE-21.0.md"
    },
    example = """
        module "eks" {
          source  = "terraform-aws-modules/eks/aws"
          version = "~> 19.0"

          cluster_name    = "prod"
          cluster_version = "1.33"
        }
        """,
    fixedExample = """
        module "eks" {
          source  = "terraform-aws-modules/eks/aws"
          version = "~> 21.0"

          name               = "prod"
          kubernetes_version = "1.33"
        }
        """)
public final class EksModuleMajorOutdated implements InventoryRule {

  @Override
  public boolean appliesTo(Resource resource) {
    return resource.kind().equals("module") && EksModule.of(resource).isPresent();
  }

  @Override
  public List<Violation> check(Resource resource, RuleContext context) {
    Optional<EksModule> found = EksModule.of(resource);
    if (found.isEmpty() || found.get().version().major().isEmpty()) {
      return List.of();
    }
    EksModule m = found.get();
    int major = m.version().major().getAsInt();
    Optional<EksModuleDefaults.Major> pinned = EksModuleDefaults.bundled().major(major);
    if (pinned.isEmpty()) {
      return List.of();
    }
    List<EksModuleDefaults.Major> later = new ArrayList<>();
    for (EksModuleDefaults.Major other : EksModuleDefaults.bundled().majors()) {
      if (other.major() > major && !other.firstRelease().isAfter(context.today())) {
        later.add(other);
      }
    }
    if (later.isEmpty()) {
      return List.of();
    }
    EksModuleDefaults.Major next = later.get(0);
    EksModuleDefaults.Major newest = later.get(later.size() - 1);
    StringBuilder msg = new StringBuilder(m.describe()).append(" pins terraform-aws-modules/eks v").append(major);
    m.versionConstraint().known().ifPresent(v -> msg.append(" (").append(v).append(")"));
    pinned.get().lastVersion().ifPresent(v -> msg.append(", whose last release is ").append(v)
        .append(pinned.get().lastRelease().map(d -> " (" + d + ")").orElse("")));
    msg.append(": v").append(next.major()).append(" followed on ").append(next.firstRelease());
    if (newest != next) {
      msg.append(" and v").append(newest.major()).append(" on ").append(newest.firstRelease());
    }
    msg.append(". Upgrade through docs/UPGRADE-").append(next.major()).append(".0.md");
    if (newest != next) {
      msg.append(" up to UPGRADE-").append(newest.major()).append(".0.md");
    }
    Violation v = Violation.of(m.versionConstraint().isExplicit() ? m.versionConstraint().node() : m.node(), msg.toString());
    // a major that still has access entries and a working provider range is a planned upgrade, not a risk
    return List.of(major >= 20 ? v.withSeverity(Severity.LOW) : v);
  }
}
