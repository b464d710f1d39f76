package dev.seaworthy.kube.diagnose;

import dev.seaworthy.core.json.JsonWriter;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.kube.Gap;
import dev.seaworthy.kube.Snapshot;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * The result of one {@code diagnose}: the diagnoses, worst first, and what could not be read. Healthy
 * means no diagnosis above INFO (INFO notes normal states, such as a claim waiting for its first pod).
 */
public record DiagnoseReport(String context, String server, String version, String scope, int objects, List<Diagnosis> diagnoses, List<Gap> gaps) {

  public DiagnoseReport {
    diagnoses = diagnoses.stream().sorted(Diagnosis.ORDER).toList();
    gaps = List.copyOf(gaps);
  }

  public static DiagnoseReport of(Snapshot s, List<Diagnosis> diagnoses) {
    return new DiagnoseReport(s.context(), s.server(), s.version().map(Object::toString).orElse("unknown"), s.scope(), s.resources().size(), diagnoses, s.gaps());
  }

  public boolean healthy() {
    return diagnoses.stream().allMatch(d -> d.severity() == Severity.INFO);
  }

  public boolean incomplete() {
    return gaps.stream().anyMatch(g -> g.type() == Gap.Type.FAILED);
  }

  /** Text for a person: diagnoses grouped by severity, each with its evidence and next step. */
  public void writeText(Appendable out) throws IOException {
    out.append("Cluster context \"").append(context).append("\" (").append(scope).append(", Kubernetes ").append(version).append("): ")
        .append(String.valueOf(objects)).append(" objects read\n\n");
    for (Severity sev : List.of(Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW, Severity.INFO)) {
      List<Diagnosis> group = diagnoses.stream().filter(d -> d.severity() == sev).toList();
      if (group.isEmpty()) {
        continue;
      }
      out.append(sev.name()).append(" (").append(String.valueOf(group.size())).append(")\n");
      for (Diagnosis d : group) {
        out.append("  ").append(d.object()).append("  [").append(d.analyzer()).append("]\n");
        out.append("    cause: ").append(d.cause()).append('\n');
        for (String e : d.evidence()) {
          out.append("      - ").append(e).append('\n');
        }
        out.append("    next:  ").append(d.next()).append('\n');
      }
      out.append('\n');
    }
    if (!gaps.isEmpty()) {
      out.append("Not checked (").append(String.valueOf(gaps.size())).append(")\n");
      for (Gap g : gaps) {
        out.append("  ").append(g.describe()).append('\n');
      }
      out.append('\n');
    }
    long problems = diagnoses.stream().filter(d -> d.severity() != Severity.INFO).count();
    out.append(healthy() ? "healthy: no problem found" : problems + (problems == 1 ? " problem" : " problems") + " found")
        .append(gaps.isEmpty() ? "" : " (" + gaps.size() + " kinds could not be read)").append('\n');
  }

  /** JSON for tools: schemaVersion, the cluster, each diagnosis and each gap. */
  public void writeJson(Appendable out) {
    JsonWriter w = new JsonWriter(out);
    w.beginObject();
    w.field("schemaVersion", "1.0");
    w.name("cluster").beginObject().field("context", context).field("server", server).field("kubernetesVersion", version)
        .field("scope", scope).field("objects", objects).endObject();
    w.field("healthy", healthy());
    w.name("diagnoses").beginArray();
    for (Diagnosis d : diagnoses) {
      w.beginObject().field("analyzer", d.analyzer()).field("severity", d.severity().lower()).field("object", d.object())
          .field("cause", d.cause());
      w.name("evidence").beginArray();
      d.evidence().forEach(w::value);
      w.endArray();
      w.field("next", d.next()).endObject();
    }
    w.endArray();
    w.name("notChecked").beginArray();
    for (Gap g : gaps) {
      w.beginObject().field("resource", g.kind().resourceName()).field("reason", g.type().name().toLowerCase(Locale.ROOT))
          .field("message", g.describe()).endObject();
    }
    w.endArray();
    w.endObject();
    try {
      out.append('\n');
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
