package dev.seaworthy.cli;

import dev.seaworthy.core.engine.AuditReport;
import dev.seaworthy.report.ReportOptions;
import dev.seaworthy.report.Reporter;
import dev.seaworthy.report.Reporters;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code seaworthy audit}: load, evaluate, report, and turn the result into an exit code. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Audit Kubernetes manifests for EKS production readiness.",
      "PATH is a file, a folder (searched recursively for .yaml, .yml and .json) or - for standard input,",
      "so `helm template ... | seaworthy audit -` and `kubectl kustomize ... | seaworthy audit -` work."
    })
final class AuditCommand implements Callable<Integer> {

  private final Terminal terminal;

  @Mixin AuditOptions options = new AuditOptions();

  @Option(names = {"-o", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.",
      completionCandidates = Formats.class)
  String format;

  AuditCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() throws IOException {
    format = format.toLowerCase(java.util.Locale.ROOT);
    Reporter reporter =
        Reporters.find(format).orElseThrow(() -> new UsageException("unknown format \"" + format + "\" (one of " + String.join(", ", Reporters.formats()) + ")"));
    AuditReport report = options.run(terminal);
    BufferedWriter out = new BufferedWriter(new OutputStreamWriter(terminal.out(), StandardCharsets.UTF_8));
    reporter.write(report, new ReportOptions(VersionProvider.version(), terminal.color() && format.equals("text")), out);
    out.flush();
    return AuditOptions.exitCode(report, options.threshold());
  }

  /** Completion candidates for --format. */
  static final class Formats extends ArrayList<String> {
    Formats() {
      super(Reporters.formats());
    }
  }
}
