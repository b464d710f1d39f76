package dev.seaworthy.cli;

import dev.seaworthy.core.engine.AuditReport;
import dev.seaworthy.report.ReportInput;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code seaworthy audit}: load, evaluate, report, and turn the result into an exit code. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Audit Kubernetes manifests for EKS production readiness.",
      "PATH is a file, a folder (searched recursively for .yaml, .yml and .json) or - for standard input,",
      "so `helm template ... | seaworthy audit -` and `kubectl kustomize ... | seaworthy audit -` work.",
      "One run can write several reports: -o for standard output, --output FORMAT=FILE for files."
    })
final class AuditCommand implements Callable<Integer> {

  private final Terminal terminal;

  @Mixin AuditOptions options = new AuditOptions();

  @Mixin OutputOptions output = new OutputOptions();

  AuditCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() throws IOException {
    List<OutputOptions.Target> targets = output.targets();
    OutputOptions.warnings(targets, options.paths).forEach(terminal.err()::println);
    AuditReport report = options.run(terminal);
    ReportInput input = new ReportInput(options.input().resources(), RulesCommand.catalog());
    boolean written = OutputOptions.write(targets, report, input, terminal);
    int code = AuditOptions.exitCode(report, options.threshold());
    // a report that was asked for and not written must not pass as a clean run; bugs still say 1
    return written || code == ExitCode.INTERNAL_ERROR ? code : ExitCode.USAGE;
  }
}
