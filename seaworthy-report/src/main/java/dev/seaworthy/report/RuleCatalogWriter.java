package dev.seaworthy.report;

import dev.seaworthy.core.json.JsonWriter;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.core.rule.RuleMeta;
import java.util.List;

/**
 * Renders rule metadata: the explanation of one rule (what, why, how to fix, example, references,
 * peer equivalents) and the catalog as JSON. {@code rules explain}, {@code rules list} and the
 * generated docs all come from here, so they cannot disagree.
 */
public final class RuleCatalogWriter {

  private RuleCatalogWriter() {}

  /** The explanation of one rule, as Markdown (which also reads well in a terminal). */
  public static String explain(RuleMeta m) {
    StringBuilder sb = new StringBuilder();
    sb.append("# ").append(m.id()).append(": ").append(m.title()).append("\n\n");
    sb.append("Severity: ").append(m.severity().lower())
        .append(" | Category: ").append(m.category().title())
        .append(" | ").append(m.enabledByDefault() ? "On by default" : "Off by default (enable it in .seaworthy.yaml or with --include)")
        .append("\n");
    if (!m.checklist().isEmpty()) {
      sb.append("Guide checklist: ");
      sb.append(String.join("; ", m.checklist().stream().map(c -> c.number() + ". " + c.text()).toList()));
      sb.append("\n");
    }
    sb.append("\n## Why it matters\n\n").append(m.description()).append("\n");
    sb.append("\n## How to fix\n\n").append(m.remediation()).append("\n");
    sb.append("\n## Example that is reported\n\n```yaml\n").append(m.example().stripTrailing()).append("\n```\n");
    sb.append("\n## Fixed\n\n```yaml\n").append(m.fixedExample().stripTrailing()).append("\n```\n");
    if (!m.references().isEmpty()) {
      sb.append("\n## References\n\n");
      m.references().forEach(r -> sb.append("- ").append(r).append("\n"));
    }
    sb.append("\n## Equivalent checks in other tools\n\n");
    if (m.equivalents().isEmpty()) {
      sb.append("None: no peer tool checks this.\n");
    } else {
      m.equivalents().forEach(e -> sb.append("- ").append(e).append("\n"));
    }
    sb.append("\nSuppress for one object with the annotation `seaworthy.dev/ignore: \"").append(m.id())
        .append("\"` (and `seaworthy.dev/ignore-reason`), or with an exemption in .seaworthy.yaml.\n");
    return sb.toString();
  }

  /** All metadata of every rule, as a JSON array. */
  public static void json(List<RuleMeta> rules, Appendable out) {
    JsonWriter w = new JsonWriter(out);
    w.beginArray();
    for (RuleMeta m : rules) {
      w.beginObject()
          .field("id", m.id())
          .field("title", m.title())
          .field("severity", m.severity().lower())
          .field("category", m.category().id())
          .field("enabledByDefault", m.enabledByDefault());
      w.name("checklist").beginArray();
      for (ChecklistItem c : m.checklist()) {
        w.beginObject().field("number", c.number()).field("item", c.text()).endObject();
      }
      w.endArray();
      w.field("description", m.description()).field("remediation", m.remediation());
      w.name("references").data(m.references());
      w.name("equivalents").data(m.equivalents());
      w.field("example", m.example()).field("fixedExample", m.fixedExample());
      w.endObject();
    }
    w.endArray();
  }
}
