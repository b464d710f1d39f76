package dev.seaworthy.report.checklist;

import dev.seaworthy.core.engine.AuditReport;
import dev.seaworthy.core.engine.Finding;
import dev.seaworthy.core.engine.ResourceRef;
import dev.seaworthy.core.engine.SuppressedFinding;
import dev.seaworthy.core.json.JsonWriter;
import dev.seaworthy.core.model.Position;
import dev.seaworthy.report.Redactor;
import dev.seaworthy.report.ReportOptions;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The checklist as JSON, versioned like the audit report ({@link #SCHEMA_VERSION}); documented in
 * docs/checklist.md. Fields are only ever added within a major version.
 */
public final class ChecklistJson implements ChecklistRenderer {

  public static final String SCHEMA_VERSION = "1.0";

  @Override
  public String format() {
    return "json";
  }

  @Override
  public void write(ChecklistReport checklist, ReportOptions options, Appendable out) throws IOException {
    AuditReport audit = checklist.audit();
    JsonWriter w = new JsonWriter(out);
    w.beginObject();
    w.field("schemaVersion", SCHEMA_VERSION);
    w.name("tool").beginObject().field("name", "seaworthy").field("version", options.toolVersion()).endObject();
    w.field("auditDate", audit.auditDate().toString());
    w.field("kubernetesVersion", audit.targetVersion().toString());
    w.name("summary").beginObject();
    for (Map.Entry<Status, Long> e : checklist.counts().entrySet()) {
      w.field(e.getKey().lower(), e.getValue());
    }
    w.field("resources", audit.resourcesAudited());
    w.field("files", audit.filesRead());
    w.field("findings", audit.findings().size());
    w.field("inputErrors", audit.inputErrors().size());
    w.name("score");
    if (audit.score().value().isPresent()) {
      w.value(audit.score().value().getAsInt());
    } else {
      w.nullValue();
    }
    w.field("grade", audit.score().grade());
    w.endObject();
    w.name("items").beginArray();
    for (ItemResult r : checklist.items()) {
      item(w, r);
    }
    w.endArray();
    w.endObject();
  }

  private static void item(JsonWriter w, ItemResult r) {
    w.beginObject();
    w.field("number", r.item().number());
    w.field("item", r.item().text());
    w.field("status", r.status().lower());
    w.field("reason", Redactor.redact(r.reason()));
    w.field("provability", r.provability().name().toLowerCase(Locale.ROOT));
    w.name("rules").beginArray();
    for (RuleResult rule : r.rules()) {
      w.beginObject()
          .field("id", rule.rule().id())
          .field("title", rule.rule().title())
          .field("severity", rule.rule().severity().lower())
          .field("ran", rule.ran())
          .field("evaluated", rule.evaluated())
          .field("passed", rule.passed())
          .field("failed", rule.failed())
          .field("suppressed", rule.suppressed())
          .endObject();
    }
    w.endArray();
    findings(w, "findings", r.findings());
    w.name("suppressed").beginArray();
    for (SuppressedFinding s : r.suppressed()) {
      w.beginObject();
      finding(w, s.finding());
      w.field("suppressionReason", Redactor.redact(s.suppression().reason()));
      w.endObject();
    }
    w.endArray();
    w.name("evidence").beginArray();
    for (ResourceRef ref : r.evidence()) {
      w.beginObject();
      resourceFields(w, ref);
      location(w, ref.position());
      w.endObject();
    }
    w.endArray();
    findings(w, "evidenceFindings", r.evidenceFindings());
    strings(w, "missing", r.missing());
    strings(w, "notes", r.notes());
    w.field("proof", r.proof());
    w.endObject();
  }

  private static void findings(JsonWriter w, String name, List<Finding> findings) {
    w.name(name).beginArray();
    for (Finding f : findings) {
      w.beginObject();
      finding(w, f);
      w.endObject();
    }
    w.endArray();
  }

  private static void finding(JsonWriter w, Finding f) {
    w.field("ruleId", f.ruleId());
    w.field("severity", f.severity().lower());
    w.field("message", Redactor.redact(f.message()));
    w.name("resource").beginObject();
    resourceFields(w, f.resource());
    w.endObject();
    location(w, f.position());
  }

  private static void resourceFields(JsonWriter w, ResourceRef r) {
    w.field("apiVersion", r.apiVersion())
        .field("kind", r.kind())
        .field("namespace", Redactor.redact(r.namespace()))
        .field("name", Redactor.redact(r.name()));
  }

  private static void location(JsonWriter w, Position p) {
    w.name("location").beginObject().field("file", p.file()).field("line", p.line()).field("column", p.column()).endObject();
  }

  private static void strings(JsonWriter w, String name, List<String> values) {
    w.name(name).beginArray();
    values.forEach(v -> w.value(Redactor.redact(v)));
    w.endArray();
  }
}
