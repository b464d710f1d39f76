package dev.seaworthy.report;

import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.RuleMeta;
import java.util.List;

/**
 * What a report may know beyond the {@link dev.seaworthy.core.engine.AuditReport}: the objects that
 * were audited and the whole rule catalog. Reports that look at the input itself need it (the HTML
 * report judges the guide's checklist and bounds its source snippets to the object a finding is
 * on); the others ignore it. {@link #NONE} when the caller has neither.
 *
 * @param resources every object that was loaded, in input order (Secrets included: reports use them
 *     to know where objects start, never to show their content)
 * @param catalog every known rule, including those that did not run
 */
public record ReportInput(List<Resource> resources, List<RuleMeta> catalog) {

  public static final ReportInput NONE = new ReportInput(List.of(), List.of());

  public ReportInput {
    resources = List.copyOf(resources);
    catalog = List.copyOf(catalog);
  }

  /** Whether the caller passed what was audited (false for {@link #NONE}). */
  public boolean isKnown() {
    return !catalog.isEmpty() || !resources.isEmpty();
  }
}
