package dev.seaworthy.report.html;

import dev.seaworthy.core.engine.AuditReport;
import dev.seaworthy.core.engine.Finding;
import dev.seaworthy.core.engine.ResourceEvaluation;
import dev.seaworthy.core.engine.SuppressedFinding;
import dev.seaworthy.core.model.Position;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.report.Redactor;
import dev.seaworthy.report.ReportInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The few source lines around a finding, read from the file when the report is written. A snippet is
 * small ({@value #BEFORE} lines before the flagged line, {@value #AFTER} after, each cut at
 * {@value #MAX_LINE} characters) and stays inside the object the finding is on: it never reaches
 * across a {@code ---} document marker or into the next object of the same file, so it cannot show
 * a neighbouring Secret.
 *
 * <p>There is no snippet for standard input (it cannot be read twice), for objects without a file
 * (live objects), for files that cannot be read now, for objects of kind Secret, and for findings of
 * rules about secrets (category {@code secrets}, or evidence for the guide's "Implement secrets
 * management" item: their flagged line is often the credential itself). What is shown is masked:
 * credential-shaped values ({@link Redactor}), values of keys named like a credential
 * ({@code password}, {@code token}, {@code apiKey}...), env {@code value}s whose {@code name} is
 * one, and long random-looking base64 runs (key material) become {@code [REDACTED]}.
 */
final class Snippets {

  static final int BEFORE = 2;
  static final int AFTER = 2;
  static final int MAX_LINE = 200;
  /** Lines above the snippet read only to know whether an env value belongs to a credential name. */
  private static final int LOOKBEHIND = 3;
  private static final String MASK = "[REDACTED]";
  private static final String STDIN = "<stdin>";

  private static final Pattern DOCUMENT_MARKER = Pattern.compile("^(---|\\.\\.\\.)(\\s.*)?$");
  private static final String CREDENTIAL_WORD =
      "(?:password|passwd|passphrase|pwd|secret|token|api[-_]?key|access[-_]?key|private[-_]?key|credential|auth|session[-_]?key|client[-_]?key)";
  private static final Pattern CREDENTIAL_NAME = Pattern.compile("(?i).*" + CREDENTIAL_WORD + ".*");
  /** Key names that describe a credential rather than hold it. */
  private static final Pattern DESCRIPTOR = Pattern.compile(
      "(?i).*(name|names|ref|file|path|dir|url|uri|arn|id|type|kind|mode|enabled|version|ttl|interval|policy|provider|store|keyref|length|field|class)$");
  /** {@code key: value} (YAML) or {@code "key": value} (JSON), possibly after {@code - } or {@code {}. */
  private static final Pattern KEY_VALUE = Pattern.compile(
      "(?<=^|[\\s{,\\-])(\"?)([A-Za-z0-9_.\\-]+)\\1(\\s*:\\s+|\\s*:(?=\"))(\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^']|'')*'|[^,}\\]\\[{\\s#][^,}\\]#]*)");
  private static final Pattern BASE64_RUN = Pattern.compile("[A-Za-z0-9+/]{40,}={0,2}");

  /** One line of a snippet. */
  record Line(int number, String text, boolean flagged) {}

  private final Map<String, TreeSet<Integer>> starts = new HashMap<>();
  private final Map<String, Integer> lastLine = new HashMap<>();
  private final Map<String, Optional<List<String>>> files = new HashMap<>();

  Snippets(AuditReport report, ReportInput input) {
    for (Resource r : input.resources()) {
      start(r.position());
    }
    for (ResourceEvaluation e : report.evaluations()) {
      start(e.resource().position());
    }
    List<Finding> all = new ArrayList<>(report.findings());
    report.suppressed().stream().map(SuppressedFinding::finding).forEach(all::add);
    for (Finding f : all) {
      start(f.resource().position());
      if (f.position().isKnown()) {
        lastLine.merge(f.position().file(), f.position().line() + AFTER, Math::max);
      }
    }
  }

  private void start(Position p) {
    if (p.isKnown()) {
      starts.computeIfAbsent(p.file(), k -> new TreeSet<>()).add(p.line());
    }
  }

  /** The masked lines around the finding, or empty when there is none to show (see the class comment). */
  List<Line> of(Finding f) {
    Position p = f.position();
    Position object = f.resource().position();
    if (!p.isKnown() || p.file().isEmpty() || STDIN.equals(p.file()) || !p.file().equals(object.file()) || p.line() < object.line()) {
      return List.of();
    }
    if (f.resource().kind().equalsIgnoreCase("Secret")
        || f.rule().category() == Category.SECRETS
        || f.rule().checklist().contains(ChecklistItem.SECRETS_MANAGEMENT)) {
      return List.of();
    }
    Optional<List<String>> read = files.computeIfAbsent(p.file(), file -> read(file, lastLine.getOrDefault(file, p.line() + AFTER)));
    if (read.isEmpty() || read.get().size() < p.line()) {
      return List.of();
    }
    List<String> lines = read.get();
    int line = p.line();
    if (DOCUMENT_MARKER.matcher(lines.get(line - 1)).matches()) {
      return List.of();
    }
    Integer next = starts.getOrDefault(p.file(), new TreeSet<>()).higher(object.line());
    int lo = Math.max(line - BEFORE, object.line());
    int hi = Math.min(line + AFTER, lines.size());
    if (next != null) {
      hi = Math.min(hi, next - 1);
    }
    for (int i = line - 1; i >= lo; i--) {
      if (DOCUMENT_MARKER.matcher(lines.get(i - 1)).matches()) {
        lo = i + 1;
        break;
      }
    }
    for (int i = line + 1; i <= hi; i++) {
      if (DOCUMENT_MARKER.matcher(lines.get(i - 1)).matches()) {
        hi = i - 1;
        break;
      }
    }
    // context for masking only: a few lines above, still inside the object
    int contextFrom = Math.max(object.line(), lo - LOOKBEHIND);
    for (int i = lo - 1; i >= contextFrom; i--) {
      if (DOCUMENT_MARKER.matcher(lines.get(i - 1)).matches()) {
        contextFrom = i + 1;
        break;
      }
    }
    List<String> masked = mask(lines.subList(contextFrom - 1, hi));
    List<Line> out = new ArrayList<>();
    for (int n = lo; n <= hi; n++) {
      out.add(new Line(n, masked.get(n - contextFrom), n == line));
    }
    return out;
  }

  /**
   * Masks credentials in consecutive source lines: {@link Redactor} patterns, values of
   * credential-named keys (and the indented lines of their block scalars), env values whose name is
   * a credential, and long base64 runs.
   */
  static List<String> mask(List<String> lines) {
    List<String> out = new ArrayList<>();
    boolean inPrivateKey = false;
    int blockIndent = -1;
    String lastName = null;
    int lastNameLine = -10;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int indent = indent(line);
      if (blockIndent >= 0) {
        if (line.isBlank() || indent > blockIndent) {
          out.add(line.isBlank() ? line : " ".repeat(indent) + MASK);
          continue;
        }
        blockIndent = -1;
      }
      if (inPrivateKey || line.contains("PRIVATE KEY-----")) {
        inPrivateKey = !line.contains("-----END") && (inPrivateKey || line.contains("-----BEGIN"));
        out.add(" ".repeat(indent) + MASK);
        continue;
      }
      StringBuilder sb = new StringBuilder();
      Matcher m = KEY_VALUE.matcher(line);
      int at = 0;
      String nameOnLine = null;
      while (m.find()) {
        String key = m.group(2);
        String value = m.group(4);
        boolean credentialKey = CREDENTIAL_NAME.matcher(key).matches() && !DESCRIPTOR.matcher(key).matches();
        if (key.equals("name")) {
          nameOnLine = unquote(value);
        }
        boolean envValue = key.equals("value")
            && ((nameOnLine != null && CREDENTIAL_NAME.matcher(nameOnLine).matches())
                || (lastName != null && i - lastNameLine <= 2 && CREDENTIAL_NAME.matcher(lastName).matches()));
        if ((credentialKey || envValue) && !value.isBlank()) {
          String v = value.strip();
          if (v.startsWith("|") || v.startsWith(">")) {
            blockIndent = indent;
            continue;
          }
          if (v.startsWith("{") || v.startsWith("[") || v.startsWith("&") || v.startsWith("*") || v.equals("null") || v.equals("~")) {
            continue;
          }
          sb.append(line, at, m.start(4)).append(MASK);
          at = m.end(4);
        }
      }
      sb.append(line.substring(at));
      if (nameOnLine != null) {
        lastName = nameOnLine;
        lastNameLine = i;
      }
      String masked = BASE64_RUN.matcher(Redactor.redact(sb.toString())).replaceAll(r -> randomLooking(r.group()) ? MASK : Matcher.quoteReplacement(r.group()));
      out.add(masked);
    }
    return out;
  }

  /** Mixed case and digits: key material, not a hex digest or a word. */
  private static boolean randomLooking(String s) {
    return s.chars().anyMatch(Character::isUpperCase) && s.chars().anyMatch(Character::isLowerCase) && s.chars().anyMatch(Character::isDigit);
  }

  private static String unquote(String v) {
    String s = v.strip();
    if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
      return s.substring(1, s.length() - 1);
    }
    return s;
  }

  private static int indent(String line) {
    int i = 0;
    while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  /**
   * The first {@code upTo} lines of a file (UTF-8, malformed bytes replaced; each line cut at
   * {@value #MAX_LINE} characters without reading a long line into memory), or empty when it is not a
   * regular file that can be read now.
   */
  private static Optional<List<String>> read(String file, int upTo) {
    Path path;
    try {
      path = Path.of(file);
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
    if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
      return Optional.empty();
    }
    List<String> lines = new ArrayList<>();
    try (InputStream in = Files.newInputStream(path);
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE))) {
      StringBuilder sb = new StringBuilder();
      boolean cut = false;
      boolean first = true;
      int c;
      while (lines.size() < upTo && (c = reader.read()) != -1) {
        if (first && c == '\uFEFF') {
          first = false;
          continue;
        }
        first = false;
        if (c == '\n') {
          lines.add(finish(sb, cut));
          sb.setLength(0);
          cut = false;
        } else if (c != '\r') {
          if (sb.length() < MAX_LINE) {
            sb.append((char) c);
          } else {
            cut = true;
          }
        }
      }
      if (lines.size() < upTo && (sb.length() > 0 || cut)) {
        lines.add(finish(sb, cut));
      }
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
    return Optional.of(lines);
  }

  private static String finish(StringBuilder sb, boolean cut) {
    String s = sb.toString();
    if (cut || s.length() > MAX_LINE) {
      return s.substring(0, Math.min(s.length(), MAX_LINE)) + " \u2026";
    }
    return s;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
