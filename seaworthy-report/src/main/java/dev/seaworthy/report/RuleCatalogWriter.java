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

  /**
   * The explanation of one rule, as Markdown that also reads well in a terminal: what it checks and
   * why, severity, category, default, the guide's checklist items it evidences, how to fix it, an
   * example that is reported and its fixed form, references and the peer tools' equivalent checks.
   * {@code rules explain} prints it and {@code docs/rules/<id>.md} is it (see
   * {@link dev.seaworthy.report.docs.RuleDocs}).
   */
  public static String explain(RuleMeta m) {
    StringBuilder sb = new StringBuilder();
    sb.append("# ").append(m.id()).append(": ").append(m.title()).append("\n\n");
    sb.append("- Severity: ").append(m.severity().lower()).append("\n");
    sb.append("- Category: ").append(m.category().title()).append("\n");
    sb.append("- Default: ")
        .append(m.enabledByDefault()
            ? "on"
            : "off (turn it on with `" + m.id() + ": on` under `rules:` in .seaworthy.yaml, or `--include " + m.id() + "`)")
        .append("\n");
    sb.append("- Guide checklist: ");
    if (m.checklist().isEmpty()) {
      sb.append("none");
    } else {
      sb.append(String.join("; ", m.checklist().stream().map(c -> c.number() + ". " + c.text()).toList()));
    }
    sb.append("\n");
    sb.append("\n## What it checks and why\n\n").append(m.description()).append("\n");
    sb.append("\n## How to fix\n\n").append(m.remediation()).append("\n");
    sb.append("\n## Example that is reported\n\n```").append(m.exampleLanguage()).append("\n").append(m.example().stripTrailing()).append("\n```\n");
    sb.append("\n## Fixed\n\n```").append(m.exampleLanguage()).append("\n").append(m.fixedExample().stripTrailing()).append("\n```\n");
    sb.append("\n## References\n\n");
    if (m.references().isEmpty()) {
      sb.append("None listed.\n");
    } else {
      m.references().forEach(r -> sb.append("- ").append(r).append("\n"));
    }
    sb.append("\n## Equivalent checks in other tools\n\n");
    if (m.equivalents().isEmpty()) {
      sb.append("None: no peer tool checks this.\n");
    } else {
      m.equivalents().forEach(e -> sb.append("- `").append(e).append("`\n"));
    }
    sb.append("\n## Suppressing it\n\n");
    if (m.exampleLanguage().equals("hcl")) {
      sb.append("For one Terraform block, put `# seaworthy:ignore ").append(m.id())
          .append(" <reason>` on the line above it (or on its opening line); ");
    } else {
      sb.append("For one object, annotate it (or its pod template) with `seaworthy.dev/ignore: \"").append(m.id())
          .append("\"` and say why in `seaworthy.dev/ignore-reason` (for a Terraform block: `# seaworthy:ignore ")
          .append(m.id()).append(" <reason>` above it); ");
    }
    sb.append("for a group of objects, add an exemption in .seaworthy.yaml. Suppressed findings stay visible in the JSON report.\n");
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
