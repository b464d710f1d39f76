package dev.seaworthy.report.sarif;

import dev.seaworthy.core.engine.AuditReport;
import dev.seaworthy.core.engine.Finding;
import dev.seaworthy.core.engine.ResourceRef;
import dev.seaworthy.core.engine.RuleFailure;
import dev.seaworthy.core.engine.SuppressedFinding;
import dev.seaworthy.core.engine.Suppression;
import dev.seaworthy.core.json.JsonWriter;
import dev.seaworthy.core.load.InputError;
import dev.seaworthy.core.load.Notice;
import dev.seaworthy.core.model.Position;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.core.rule.Fix;
import dev.seaworthy.core.rule.PatchOp;
import dev.seaworthy.core.rule.RuleMeta;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.report.Redactor;
import dev.seaworthy.report.ReportOptions;
import dev.seaworthy.report.Reporter;
import dev.seaworthy.report.RuleDocs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * SARIF 2.1.0, as GitHub code scanning and other SARIF viewers read it. One run; one
 * {@code reportingDescriptor} per rule that was active in the audit; one result per finding, open or
 * suppressed (suppressed ones carry {@code suppressions}); input errors, notices and rule failures as
 * tool execution notifications. Fingerprints ({@code partialFingerprints["seaworthy/v1"]}) do not
 * depend on line numbers, so moving a manifest's lines around does not reopen alerts. The format is
 * described in docs/output-formats.md.
 */
public final class SarifReporter implements Reporter {

  public static final String SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
  public static final String FINGERPRINT_KEY = "seaworthy/v1";
  /** The artifact URI of findings read from standard input (SARIF URIs cannot hold {@code <stdin>}). */
  public static final String STDIN_URI = "stdin";

  /** Categories whose rules are security rules for GitHub (tag "security", a security-severity). */
  static final Set<Category> SECURITY_CATEGORIES =
      EnumSet.of(Category.SECURITY, Category.IMAGES, Category.NETWORK, Category.IDENTITY, Category.SECRETS);

  private static final String STDIN_FILE = "<stdin>";
  private static final Pattern WINDOWS_DRIVE = Pattern.compile("[A-Za-z]:/.*");

  @Override
  public String format() {
    return "sarif";
  }

  @Override
  public void write(AuditReport report, ReportOptions options, Appendable out) throws IOException {
    Map<String, Integer> ruleIndex = new HashMap<>();
    for (RuleMeta m : report.rules()) {
      ruleIndex.putIfAbsent(m.id(), ruleIndex.size());
    }
    Map<String, Severity> effective = effectiveSeverities(report);

    JsonWriter w = new JsonWriter(out);
    w.beginObject();
    w.field("$schema", SCHEMA_URI);
    w.field("version", "2.1.0");
    w.name("runs").beginArray().beginObject();

    w.name("tool").beginObject().name("driver").beginObject();
    w.field("name", "Seaworthy");
    w.field("version", options.toolVersion());
    w.field("informationUri", RuleDocs.HOME);
    w.name("rules").beginArray();
    for (RuleMeta m : report.rules()) {
      rule(w, m, effective.getOrDefault(m.id(), m.severity()));
    }
    w.endArray();
    w.name("notifications").beginArray();
    notificationDescriptor(w, "input-error", "Input that could not be read; the rest was audited");
    notificationDescriptor(w, "notice", "Something about the input worth knowing that is not an error");
    notificationDescriptor(w, "rule-failure", "A rule failed on a resource: a bug in Seaworthy");
    w.endArray();
    w.endObject().endObject();

    invocation(w, report, ruleIndex);
    w.field("columnKind", "unicodeCodePoints");

    w.name("results").beginArray();
    Map<String, Integer> seen = new HashMap<>();
    for (Finding f : report.findings()) {
      result(w, f, null, ruleIndex, seen);
    }
    for (SuppressedFinding s : report.suppressed()) {
      result(w, s.finding(), s.suppression(), ruleIndex, seen);
    }
    w.endArray();

    w.name("properties").beginObject();
    w.field("auditDate", report.auditDate().toString());
    w.field("kubernetesVersion", report.targetVersion().toString());
    w.field("resources", report.resourcesAudited());
    w.field("files", report.filesRead());
    w.name("score");
    if (report.score().value().isPresent()) {
      w.value(report.score().value().getAsInt());
    } else {
      w.nullValue();
    }
    w.field("grade", report.score().grade());
    w.endObject();

    w.endObject().endArray();
    w.endObject();
  }

  /**
   * The severity each rule had in this audit: configuration can change a rule's severity, and every
   * finding of a rule carries the same effective severity. Rules with no finding keep their default.
   */
  private static Map<String, Severity> effectiveSeverities(AuditReport report) {
    Map<String, Severity> out = new HashMap<>();
    report.findings().forEach(f -> out.putIfAbsent(f.ruleId(), f.severity()));
    report.suppressed().forEach(s -> out.putIfAbsent(s.finding().ruleId(), s.finding().severity()));
    return out;
  }

  private static void rule(JsonWriter w, RuleMeta m, Severity severity) {
    String helpUri = RuleDocs.url(m.id());
    w.beginObject();
    w.field("id", m.id());
    w.field("name", pascalCase(m.id()));
    w.name("shortDescription").beginObject().field("text", m.title()).endObject();
    w.name("fullDescription").beginObject().field("text", m.description()).endObject();
    w.name("help").beginObject()
        .field("text", helpText(m, helpUri))
        .field("markdown", helpMarkdown(m, helpUri))
        .endObject();
    w.field("helpUri", helpUri);
    w.name("defaultConfiguration").beginObject().field("level", level(severity)).endObject();
    w.name("properties").beginObject();
    w.name("tags").beginArray();
    for (String tag : tags(m)) {
      w.value(tag);
    }
    w.endArray();
    w.field("severity", severity.lower());
    if (SECURITY_CATEGORIES.contains(m.category()) && securitySeverity(severity) != null) {
      w.field("security-severity", securitySeverity(severity));
    }
    w.endObject();
    w.endObject();
  }

  static List<String> tags(RuleMeta m) {
    Set<String> tags = new LinkedHashSet<>();
    tags.add(m.category().id());
    if (SECURITY_CATEGORIES.contains(m.category())) {
      tags.add("security");
    }
    for (ChecklistItem c : m.checklist()) {
      tags.add("checklist:" + c.number());
    }
    return List.copyOf(tags);
  }

  private static String helpText(RuleMeta m, String helpUri) {
    StringBuilder sb = new StringBuilder();
    sb.append(m.remediation()).append("\n\nFixed example:\n\n").append(m.fixedExample().stripTrailing()).append('\n');
    if (!m.checklist().isEmpty()) {
      sb.append("\nGuide checklist: ").append(checklist(m)).append('\n');
    }
    sb.append("\nDocumentation: ").append(helpUri).append('\n');
    return sb.toString();
  }

  private static String helpMarkdown(RuleMeta m, String helpUri) {
    StringBuilder sb = new StringBuilder();
    sb.append("**How to fix:** ").append(m.remediation()).append("\n\n");
    sb.append("Fixed example:\n\n```").append(m.exampleLanguage()).append("\n").append(m.fixedExample().stripTrailing()).append("\n```\n");
    if (!m.checklist().isEmpty()) {
      sb.append("\nGuide checklist: ").append(checklist(m)).append('\n');
    }
    sb.append("\n[Rule documentation](").append(helpUri).append(")\n");
    return sb.toString();
  }

  private static String checklist(RuleMeta m) {
    return String.join("; ", m.checklist().stream().map(c -> c.number() + ". " + c.text()).toList());
  }

  private static void notificationDescriptor(JsonWriter w, String id, String text) {
    w.beginObject().field("id", id).name("shortDescription").beginObject().field("text", text).endObject().endObject();
  }

  private static void invocation(JsonWriter w, AuditReport report, Map<String, Integer> ruleIndex) {
    w.name("invocations").beginArray().beginObject();
    w.field("executionSuccessful", report.ruleFailures().isEmpty());
    w.name("toolExecutionNotifications").beginArray();
    for (InputError e : report.inputErrors()) {
      w.beginObject().field("level", "error");
      w.name("message").beginObject().field("text", Redactor.redact(e.reason())).endObject();
      physicalLocations(w, e.position());
      w.name("descriptor").beginObject().field("id", "input-error").endObject();
      w.endObject();
    }
    for (Notice n : report.notices()) {
      w.beginObject().field("level", "note");
      w.name("message").beginObject().field("text", Redactor.redact(n.message())).endObject();
      physicalLocations(w, n.position());
      w.name("descriptor").beginObject().field("id", "notice").endObject();
      w.endObject();
    }
    for (RuleFailure f : report.ruleFailures()) {
      w.beginObject().field("level", "error");
      w.name("message").beginObject()
          .field("text", "rule " + f.ruleId() + " failed on " + Redactor.redact(f.resource().display()) + ": " + Redactor.redact(f.error()))
          .endObject();
      physicalLocations(w, f.resource().position());
      w.name("descriptor").beginObject().field("id", "rule-failure").endObject();
      w.name("associatedRule").beginObject().field("id", f.ruleId());
      Integer index = ruleIndex.get(f.ruleId());
      if (index != null) {
        w.field("index", index);
      }
      w.endObject();
      w.endObject();
    }
    w.endArray();
    w.endObject().endArray();
  }

  private static void physicalLocations(JsonWriter w, Position p) {
    if (p.file().isEmpty()) {
      return;
    }
    w.name("locations").beginArray().beginObject();
    physicalLocation(w, p);
    w.endObject().endArray();
  }

  private static void result(
      JsonWriter w, Finding f, Suppression suppression, Map<String, Integer> ruleIndex, Map<String, Integer> seen) {
    ResourceRef r = f.resource();
    w.beginObject();
    w.field("ruleId", f.ruleId());
    Integer index = ruleIndex.get(f.ruleId());
    if (index != null) {
      w.field("ruleIndex", index);
    }
    w.field("level", level(f.severity()));
    String message = Redactor.redact(f.message());
    w.name("message").beginObject().field("text", message).endObject();

    w.name("locations").beginArray().beginObject();
    if (!f.position().file().isEmpty()) {
      physicalLocation(w, f.position());
    }
    w.name("logicalLocations").beginArray().beginObject()
        .field("name", Redactor.redact(r.name()))
        .field("fullyQualifiedName", Redactor.redact(r.display()))
        .field("kind", "resource")
        .endObject().endArray();
    w.endObject().endArray();

    String key = fingerprint(f, message);
    int n = seen.merge(key, 1, Integer::sum);
    w.name("partialFingerprints").beginObject().field(FINGERPRINT_KEY, n == 1 ? key : key + ":" + n).endObject();

    if (suppression != null) {
      w.name("suppressions").beginArray().beginObject()
          .field("kind", suppression.source() == Suppression.Source.ANNOTATION ? "inSource" : "external")
          .field("status", "accepted")
          .field("justification", Redactor.redact(suppression.reason()))
          .name("properties").beginObject().field("source", source(suppression.source())).endObject()
          .endObject().endArray();
    }

    w.name("properties").beginObject();
    w.field("severity", f.severity().lower());
    w.field("category", f.rule().category().id());
    w.name("resource").beginObject()
        .field("apiVersion", Redactor.redact(r.apiVersion()))
        .field("kind", Redactor.redact(r.kind()))
        .field("namespace", Redactor.redact(r.namespace()))
        .field("name", Redactor.redact(r.name()))
        .endObject();
    if (!f.container().isEmpty()) {
      w.field("container", Redactor.redact(f.container()));
    }
    if (STDIN_FILE.equals(f.position().file()) && f.position().isKnown()) {
      // standard input has no file for a viewer to open, so the result has no region; keep the line
      w.field("stdinLine", f.position().line()).field("stdinColumn", f.position().column());
    }
    if (!f.fixes().isEmpty()) {
      w.name("fixes").beginArray();
      for (Fix fix : f.fixes()) {
        w.beginObject().field("description", Redactor.redact(fix.description()));
        w.name("patch").beginArray();
        for (PatchOp op : fix.ops()) {
          w.beginObject().field("op", op.op().name().toLowerCase(Locale.ROOT)).field("path", op.path());
          if (op.op() != PatchOp.Op.REMOVE) {
            w.name("value").data(redactData(op.value()));
          }
          w.endObject();
        }
        w.endArray().endObject();
      }
      w.endArray();
    }
    w.endObject();
    w.endObject();
  }

  private static Object redactData(Object v) {
    if (v instanceof String s) {
      return Redactor.redact(s);
    }
    if (v instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      list.forEach(x -> out.add(redactData(x)));
      return out;
    }
    if (v instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, x) -> out.put(String.valueOf(k), redactData(x)));
      return out;
    }
    return v;
  }

  private static String source(Suppression.Source s) {
    return s.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static void physicalLocation(JsonWriter w, Position p) {
    boolean stdin = STDIN_FILE.equals(p.file());
    w.name("physicalLocation").beginObject();
    w.name("artifactLocation").beginObject().field("uri", artifactUri(p.file())).endObject();
    if (!stdin && p.isKnown()) {
      w.name("region").beginObject().field("startLine", p.line());
      if (p.column() > 0) {
        w.field("startColumn", p.column());
      }
      w.endObject();
    }
    w.endObject();
  }

  /**
   * A file as a SARIF artifact URI: a relative path stays relative (GitHub resolves it against the
   * repository root), with forward slashes and percent-encoding; an absolute path becomes a
   * {@code file:} URI; standard input is {@code stdin}.
   */
  public static String artifactUri(String file) {
    if (STDIN_FILE.equals(file)) {
      return STDIN_URI;
    }
    String path = Redactor.redact(file).replace('\\', '/');
    if (path.startsWith("/")) {
      return "file://" + encodePath(path);
    }
    if (WINDOWS_DRIVE.matcher(path).matches()) {
      return "file:///" + path.substring(0, 2) + encodePath(path.substring(2));
    }
    while (path.startsWith("./")) {
      path = path.substring(2);
    }
    return encodePath(path);
  }

  private static String encodePath(String path) {
    StringBuilder sb = new StringBuilder();
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/!$&'()*+,;=@".indexOf(c) >= 0) {
        sb.append((char) c);
      } else {
        sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16))).append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
      }
    }
    return sb.toString();
  }

  /**
   * What identifies a finding across runs: the rule, the file, the resource (kind, namespace, name),
   * the container and the message; never the line, so edits elsewhere in the file do not change it.
   * Identical findings in one run are told apart by their order ({@code :2}, {@code :3}...).
   */
  static String fingerprint(Finding f, String redactedMessage) {
    ResourceRef r = f.resource();
    String material = String.join("\u0000",
        f.ruleId(), artifactUri(f.position().file()), r.kind(), Redactor.redact(r.namespace()), Redactor.redact(r.name()),
        Redactor.redact(f.container()), redactedMessage);
    byte[] hash = SHA256.get().digest(material.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(hash, 0, 16);
  }

  private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  });

  /** {@code run-as-root} as {@code RunAsRoot}. */
  static String pascalCase(String id) {
    StringBuilder sb = new StringBuilder();
    for (String part : id.split("-")) {
      if (!part.isEmpty()) {
        sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return sb.toString();
  }

  /** CRITICAL and HIGH are errors, MEDIUM a warning, LOW and INFO notes. */
  static String level(Severity s) {
    return switch (s) {
      case CRITICAL, HIGH -> "error";
      case MEDIUM -> "warning";
      case LOW, INFO -> "note";
    };
  }

  /** GitHub's scale: 9.0+ critical, 7.0-8.9 high, 4.0-6.9 medium, 0.1-3.9 low; INFO has none. */
  static String securitySeverity(Severity s) {
    return switch (s) {
      case CRITICAL -> "9.5";
      case HIGH -> "7.5";
      case MEDIUM -> "5.0";
      case LOW -> "2.5";
      case INFO -> null;
    };
  }
}
