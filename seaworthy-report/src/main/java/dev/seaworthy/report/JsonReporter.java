package dev.seaworthy.report;

import dev.seaworthy.core.engine.AuditReport;
import dev.seaworthy.core.engine.Finding;
import dev.seaworthy.core.engine.ResourceRef;
import dev.seaworthy.core.engine.RuleFailure;
import dev.seaworthy.core.engine.RuleStats;
import dev.seaworthy.core.engine.SuppressedFinding;
import dev.seaworthy.core.json.JsonWriter;
import dev.seaworthy.core.load.InputError;
import dev.seaworthy.core.load.Notice;
import dev.seaworthy.core.model.Position;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.core.rule.Fix;
import dev.seaworthy.core.rule.PatchOp;
import dev.seaworthy.core.rule.Severity;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;

/**
 * The machine-readable report. Its shape is versioned ({@link #SCHEMA_VERSION}) and documented in
 * docs/json-output.md; fields are only ever added within a major version.
 */
public final class JsonReporter implements Reporter {

  public static final String SCHEMA_VERSION = "1.0";

  @Override
  public String format() {
    return "json";
  }

  @Override
  public void write(AuditReport report, ReportOptions options, Appendable out) throws IOException {
    JsonWriter w = new JsonWriter(out);
    w.beginObject();
    w.field("schemaVersion", SCHEMA_VERSION);
    w.name("tool").beginObject().field("name", "seaworthy").field("version", options.toolVersion()).endObject();
    w.field("auditDate", report.auditDate().toString());
    w.field("kubernetesVersion", report.targetVersion().toString());
    summary(w, report);
    w.name("findings").beginArray();
    for (Finding f : report.findings()) {
      w.beginObject();
      finding(w, f);
      w.endObject();
    }
    w.endArray();
    w.name("suppressed").beginArray();
    for (SuppressedFinding s : report.suppressed()) {
      w.beginObject();
      finding(w, s.finding());
      w.name("suppression").beginObject()
          .field("source", s.suppression().source().name().toLowerCase(Locale.ROOT).replace('_', '-'))
          .field("reason", Redactor.redact(s.suppression().reason()))
          .endObject();
      w.endObject();
    }
    w.endArray();
    w.name("inputErrors").beginArray();
    for (InputError e : report.inputErrors()) {
      w.beginObject();
      location(w, e.position());
      w.field("reason", Redactor.redact(e.reason()));
      w.endObject();
    }
    w.endArray();
    w.name("notices").beginArray();
    for (Notice n : report.notices()) {
      w.beginObject();
      location(w, n.position());
      w.field("message", Redactor.redact(n.message()));
      w.endObject();
    }
    w.endArray();
    w.name("ruleFailures").beginArray();
    for (RuleFailure f : report.ruleFailures()) {
      w.beginObject().field("ruleId", f.ruleId());
      resource(w, f.resource());
      w.field("error", Redactor.redact(f.error())).endObject();
    }
    w.endArray();
    w.name("rules").beginArray();
    for (RuleStats s : report.ruleStats()) {
      w.beginObject()
          .field("id", s.ruleId())
          .field("evaluated", s.evaluated())
          .field("passed", s.passed())
          .field("failed", s.failed())
          .field("suppressed", s.suppressed())
          .endObject();
    }
    w.endArray();
    w.endObject();
  }

  private static void summary(JsonWriter w, AuditReport report) {
    w.name("summary").beginObject();
    w.field("resources", report.resourcesAudited());
    w.field("files", report.filesRead());
    w.field("findings", report.findings().size());
    w.field("suppressed", report.suppressed().size());
    w.field("inputErrors", report.inputErrors().size());
    w.name("bySeverity").beginObject();
    for (Map.Entry<Severity, Long> e : report.countsBySeverity().entrySet()) {
      w.field(e.getKey().lower(), e.getValue());
    }
    w.endObject();
    w.name("score");
    if (report.score().value().isPresent()) {
      w.value(report.score().value().getAsInt());
    } else {
      w.nullValue();
    }
    w.field("grade", report.score().grade());
    w.endObject();
  }

  private static void finding(JsonWriter w, Finding f) {
    w.field("ruleId", f.ruleId());
    w.field("severity", f.severity().lower());
    w.field("category", f.rule().category().id());
    w.field("title", f.rule().title());
    w.field("message", Redactor.redact(f.message()));
    resource(w, f.resource());
    w.field("container", Redactor.redact(f.container()));
    location(w, f.position());
    w.field("remediation", f.rule().remediation());
    w.name("checklist").beginArray();
    for (ChecklistItem item : f.rule().checklist()) {
      w.value(item.number() + ". " + item.text());
    }
    w.endArray();
    w.name("fixes").beginArray();
    for (Fix fix : f.fixes()) {
      w.beginObject().field("description", Redactor.redact(fix.description()));
      w.name("patch").beginArray();
      for (PatchOp op : fix.ops()) {
        w.beginObject().field("op", op.op().name().toLowerCase(Locale.ROOT)).field("path", op.path());
        if (op.op() != PatchOp.Op.REMOVE) {
          w.name("value").data(op.value());
        }
        w.endObject();
      }
      w.endArray().endObject();
    }
    w.endArray();
  }

  private static void resource(JsonWriter w, ResourceRef r) {
    w.name("resource").beginObject()
        .field("origin", r.origin().name().toLowerCase(Locale.ROOT))
        .field("apiVersion", Redactor.redact(r.apiVersion()))
        .field("kind", Redactor.redact(r.kind()))
        .field("namespace", Redactor.redact(r.namespace()))
        .field("name", Redactor.redact(r.name()))
        .endObject();
  }

  private static void location(JsonWriter w, Position p) {
    w.name("location").beginObject().field("file", Redactor.redact(p.file())).field("line", p.line()).field("column", p.column()).endObject();
  }
}
