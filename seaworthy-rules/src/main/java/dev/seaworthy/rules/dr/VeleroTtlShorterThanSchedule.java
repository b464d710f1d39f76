package dev.seaworthy.rules.dr;

import dev.seaworthy.core.view.GoDuration;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.core.rule.ResourceRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

@RuleInfo(
    id = "velero-ttl-shorter-than-schedule",
    title = "Velero backups expire before the next one is taken",
    severity = Severity.MEDIUM,
    category = Category.DR,
    checklist = {ChecklistItem.VELERO_BACKUP},
    description = """
        Velero deletes a backup when its `ttl` has passed. When a Schedule's ttl is shorter than the \
        longest gap between two of its runs (computed from the cron expression: a weekday-only \
        schedule has a weekend gap), each backup is deleted before the next one exists, and for part \
        of every cycle there is no backup at all: a failure in that window cannot be restored.""",
    remediation = "Make `spec.template.ttl` longer than the longest interval between runs (several intervals, so that one failed run still leaves a backup).",
    references = {
      "https://velero.io/docs/main/how-velero-works/#set-a-backup-to-expire",
      "https://velero.io/docs/main/api-types/schedule/"
    },
    example = """
        apiVersion: velero.io/v1
        kind: Schedule
        metadata:
          name: weekly
          namespace: velero
        spec:
          schedule: "0 3 * * 0"
          template:
            ttl: 72h0m0s
        """,
    fixedExample = """
        apiVersion: velero.io/v1
        kind: Schedule
        metadata:
          name: weekly
          namespace: velero
        spec:
          schedule: "0 3 * * 0"
          template:
            ttl: 720h0m0s
        """)
public final class VeleroTtlShorterThanSchedule implements ResourceRule {

  @Override
  public boolean appliesTo(Resource resource) {
    return Velero.isSchedule(resource);
  }

  @Override
  public List<Violation> check(Resource resource, RuleContext context) {
    Node ttlNode = resource.node().at("spec", "template", "ttl");
    Optional<Duration> ttl = ttlNode.text().flatMap(GoDuration::parse).filter(d -> !d.isZero());
    Optional<String> cron = resource.node().at("spec", "schedule").text();
    if (ttl.isEmpty() || cron.isEmpty()) {
      return List.of();
    }
    Optional<Duration> gap = Cron.longestGap(cron.get());
    if (gap.isEmpty() || ttl.get().compareTo(gap.get()) >= 0) {
      return List.of();
    }
    return Violation.one(ttlNode,
        Velero.describe(resource) + " keeps backups for " + ttlNode.text().get() + ", but runs of \"" + cron.get() + "\" can be "
            + hours(gap.get()) + " apart: for " + hours(gap.get().minus(ttl.get())) + " of such a gap no backup exists");
  }

  private static String hours(Duration d) {
    long minutes = d.toMinutes();
    return minutes % 60 == 0 ? (minutes / 60) + "h" : (minutes / 60) + "h" + (minutes % 60) + "m";
  }
}
