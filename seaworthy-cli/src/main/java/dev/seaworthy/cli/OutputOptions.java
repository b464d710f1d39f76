package dev.seaworthy.cli;

import dev.seaworthy.core.engine.AuditReport;
import dev.seaworthy.report.ReportInput;
import dev.seaworthy.report.ReportOptions;
import dev.seaworthy.report.Reporter;
import dev.seaworthy.report.Reporters;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Where reports go: one format on standard output ({@code -o}) and any number of formats written to
 * files ({@code --output FORMAT=FILE}), all from the same audit. A picocli mixin, so every command
 * that reports takes the same flags.
 *
 * <p>Usage errors (unknown format, malformed {@code --output}, two reports to standard output, two
 * reports to one file) are found before the audit runs. A file that cannot be written does not stop
 * the others: each failure is one line on stderr, and the command exits 2.
 */
final class OutputOptions {

  static final String STDOUT = "-";
  private static final String DEFAULT_FORMAT = "text";
  private static final SecureRandom RANDOM = new SecureRandom();

  @Option(names = {"-o", "--format"}, paramLabel = "FORMAT",
      description = "Format on standard output: ${COMPLETION-CANDIDATES}. Default: text (or the format of an --output to -).",
      completionCandidates = Formats.class)
  String format;

  @Option(names = "--output", paramLabel = "FORMAT=FILE",
      description = "Also write the report in FORMAT to FILE (parent folders are created, an existing file is replaced; "
          + "- is standard output). Repeatable: one run writes several formats, e.g. "
          + "--output sarif=reports/seaworthy.sarif --output junit=reports/junit.xml.")
  List<String> outputs = new ArrayList<>();

  /** One report to produce: a reporter and its destination ({@code null}: standard output). */
  record Target(Reporter reporter, Path file) {
    String describe() {
      return reporter.format() + " report to " + (file == null ? "standard output" : file.toString());
    }
  }

  /** Checks the flags and returns every report to write, standard output first; throws {@link UsageException}. */
  List<Target> targets() {
    List<Target> files = new ArrayList<>();
    Target stdout = null;
    String stdoutFlag = null;
    if (format != null) {
      stdout = new Target(reporter(format, "-o " + format), null);
      stdoutFlag = "-o " + format;
    }
    Map<Path, String> seen = new HashMap<>();
    for (String spec : outputs) {
      String flag = "--output " + spec;
      int eq = spec.indexOf('=');
      if (eq <= 0 || eq == spec.length() - 1) {
        throw new UsageException(flag + ": expected FORMAT=FILE, e.g. sarif=seaworthy.sarif (- for standard output)");
      }
      String name = spec.substring(0, eq).strip();
      String file = spec.substring(eq + 1);
      Reporter reporter = reporter(name, flag);
      if (file.equals(STDOUT)) {
        if (stdout != null) {
          throw new UsageException(flag + ": " + stdoutFlag + " already writes to standard output; only one format can go there");
        }
        stdout = new Target(reporter, null);
        stdoutFlag = flag;
        continue;
      }
      Path path;
      try {
        path = Path.of(file);
      } catch (InvalidPathException e) {
        throw new UsageException(flag + ": not a valid file name (" + e.getReason() + ")");
      }
      Path key = path.toAbsolutePath().normalize();
      String previous = seen.putIfAbsent(key, flag);
      if (previous != null) {
        throw new UsageException(flag + ": " + previous + " already writes to " + file + "; give each report its own file");
      }
      files.add(new Target(reporter, path));
    }
    if (stdout == null) {
      stdout = new Target(reporter(DEFAULT_FORMAT, "-o"), null);
    }
    List<Target> all = new ArrayList<>();
    all.add(stdout);
    all.addAll(files);
    return all;
  }

  private static Reporter reporter(String name, String flag) {
    return Reporters.find(name.toLowerCase(Locale.ROOT)).orElseThrow(() ->
        new UsageException(flag + ": unknown format \"" + name + "\" (one of " + String.join(", ", Reporters.formats()) + ")"));
  }

  /** A warning for each report file inside a folder being audited: the next audit would read it as input. */
  static List<String> warnings(List<Target> targets, List<String> inputs) {
    List<String> out = new ArrayList<>();
    for (Target t : targets) {
      if (t.file() == null) {
        continue;
      }
      Path file = t.file().toAbsolutePath().normalize();
      String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
      if (!(name.endsWith(".json") || name.endsWith(".yaml") || name.endsWith(".yml"))) {
        continue;
      }
      for (String input : inputs) {
        if (input.equals(STDOUT)) {
          continue;
        }
        try {
          Path in = Path.of(input).toAbsolutePath().normalize();
          if (Files.isDirectory(in) && file.startsWith(in)) {
            out.add("seaworthy: warning: " + t.file() + " is inside the audited folder " + input
                + ": the next audit of that folder will read the report as input");
            break;
          }
        } catch (InvalidPathException e) {
          // not a path: the loader reports it as an input error
        }
      }
    }
    return out;
  }

  /**
   * Writes every report; returns false when a file could not be written (each failure already said
   * on stderr in one line). Files are written to a temporary sibling and moved into place, so a
   * failed run never leaves half a report behind. {@code input} is what was audited, for reports that
   * look at the input itself (the HTML report's checklist and source snippets).
   */
  static boolean write(List<Target> targets, AuditReport report, ReportInput input, Terminal terminal) throws IOException {
    boolean ok = true;
    String version = VersionProvider.version();
    for (Target t : targets) {
      if (t.file() == null) {
        continue;
      }
      try {
        writeFile(t, report, new ReportOptions(version, false, input));
      } catch (IOException e) {
        terminal.err().println("seaworthy: cannot write the " + t.describe() + ": " + reason(e));
        ok = false;
      }
    }
    Target stdout = targets.get(0);
    BufferedWriter out = new BufferedWriter(new OutputStreamWriter(terminal.out(), StandardCharsets.UTF_8));
    stdout.reporter().write(report, new ReportOptions(version, terminal.color() && stdout.reporter().format().equals("text"), input), out);
    out.flush();
    return ok;
  }

  private static void writeFile(Target t, AuditReport report, ReportOptions options) throws IOException {
    Path file = t.file();
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    if (Files.isDirectory(file)) {
      throw new FileSystemException(file.toString(), null, "is a folder");
    }
    // a sibling created like any new file (the umask decides its mode; createTempFile would make it 0600)
    Path tmp = file.resolveSibling("." + file.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".tmp");
    try {
      try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        t.reporter().write(report, options, w);
      }
      try {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** One line a user can act on, without an exception class name. */
  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException a) {
      return "permission denied (" + a.getFile() + ")";
    }
    if (e instanceof NoSuchFileException n) {
      return "no such folder (" + n.getFile() + ")";
    }
    if (e instanceof FileAlreadyExistsException f) {
      return "a file is in the way (" + f.getFile() + ")";
    }
    if (e instanceof FileSystemException f) {
      return f.getReason() != null ? f.getReason() + (f.getFile() != null ? " (" + f.getFile() + ")" : "") : String.valueOf(f.getFile());
    }
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
  }

  /** Completion candidates for -o. */
  static final class Formats extends ArrayList<String> {
    Formats() {
      super(Reporters.formats());
    }
  }
}
