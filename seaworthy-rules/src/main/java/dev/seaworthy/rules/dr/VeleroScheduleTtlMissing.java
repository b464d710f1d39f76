package dev.seaworthy.rules.dr;

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
    id = "velero-schedule-ttl-missing",
    title = "Velero Schedule does not say how long its backups are kept",
    severity = Severity.LOW,
    category = Category.DR,
    checklist = {ChecklistItem.VELERO_BACKUP},
    description = """
        A Velero Schedule without `template.ttl` keeps each backup for the server's \
        `--default-backup-ttl`, which is 720h (30 days) unless the Velero installation changes it. \
        Retention, a recovery-point objective that auditors and restore drills depend on, is then \
        decided outside the manifest and changes silently with the server's flags; and 30 days of \
        hourly backups can fill the bucket, while 30 days of daily backups may be too short for \
        compliance.""",
    remediation = "Set `spec.template.ttl` to the retention the backup policy requires (for example 720h0m0s).",
    references = {
      "https://velero.io/docs/main/how-velero-works/#set-a-backup-to-expire",
      "https://velero.io/docs/main/api-types/schedule/",
      "https://velero.io/docs/main/disaster-case/"
    },
    example = """
        apiVersion: velero.io/v1
        kind: Schedule
        metadata:
          name: daily
          namespace: velero
        spec:
          schedule: "0 3 * * *"
          template:
            includedNamespaces: ["*"]
        """,
    fixedExample = """
        apiVersion: velero.io/v1
        kind: Schedule
        metadata:
          name: daily
          namespace: velero
        spec:
          schedule: "0 3 * * *"
          template:
            includedNamespaces: ["*"]
            ttl: 720h0m0s
        """)
public final class VeleroScheduleTtlMissing implements ResourceRule {

  @Override
  public boolean appliesTo(Resource resource) {
    return Velero.isSchedule(resource);
  }

  @Override
  public List<Violation> check(Resource resource, RuleContext context) {
    Node template = resource.node().at("spec", "template");
    if (template.at("ttl").isPresent()) {
      return List.of();
    }
    String retention = Velero.serverFlag(context.inventory(), "default-backup-ttl")
        .map(v -> "the Velero server's --default-backup-ttl (" + v + ")")
        .orElse("the Velero server's --default-backup-ttl, 720h (30 days) unless the installation changes it");
    Node at = template.isMap() && template.position().isKnown() ? template : resource.node().at("spec");
    return Violation.one(at.isPresent() ? at : resource.node(),
        Velero.describe(resource) + " sets no template.ttl: its backups are kept for " + retention + ", a retention the manifest does not show");
  }
}
