package dev.seaworthy.report.checklist;

import dev.seaworthy.core.engine.AuditReport;
import dev.seaworthy.core.rule.ChecklistItem;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The guide's checklist judged against one audit: one result per item, in the guide's order. */
public record ChecklistReport(AuditReport audit, List<ItemResult> items) {

  public ChecklistReport {
    Objects.requireNonNull(audit, "audit");
    items = List.copyOf(items);
  }

  public ItemResult item(ChecklistItem item) {
    return items.stream().filter(i -> i.item() == item).findFirst().orElseThrow();
  }

  /** Items by status, every status present (zero when none). */
  public Map<Status, Long> counts() {
    Map<Status, Long> counts = new EnumMap<>(Status.class);
    for (Status s : Status.values()) {
      counts.put(s, 0L);
    }
    items.forEach(i -> counts.merge(i.status(), 1L, Long::sum));
    return counts;
  }

  public boolean hasFailures() {
    return items.stream().anyMatch(i -> i.status() == Status.FAIL);
  }
}
