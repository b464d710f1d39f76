package dev.seaworthy.cli;

import dev.seaworthy.kube.ClusterException;
import dev.seaworthy.kube.ClusterOptions;
import dev.seaworthy.kube.Gap;
import dev.seaworthy.kube.diagnose.Diagnose;
import dev.seaworthy.kube.diagnose.DiagnoseReport;
import dev.seaworthy.report.Redactor;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

/** Runs {@code diagnose}; apart from {@link DiagnoseCommand} so that picocli can build the command without loading fabric8. */
final class ClusterDiagnose {

  private ClusterDiagnose() {}

  static int run(ClusterOptions options, boolean json, Terminal terminal) throws IOException {
    DiagnoseReport report;
    try {
      report = Diagnose.run(options, ClusterInput.progress(terminal));
    } catch (ClusterException e) {
      if (e.isUsage()) {
        throw new UsageException(e.getMessage());
      }
      terminal.err().println("seaworthy: cannot read the cluster: " + e.getMessage());
      return ExitCode.INPUT_ERRORS;
    }
    for (Gap g : report.gaps()) {
      terminal.err().println("seaworthy: warning: " + g.describe() + (g.type() == Gap.Type.FORBIDDEN ? " (its analyzers saw none of them)" : ""));
    }
    // event and status messages come from the cluster: credentials in them are redacted like in every report
    StringBuilder text = new StringBuilder();
    if (json) {
      report.writeJson(text);
    } else {
      report.writeText(text);
    }
    BufferedWriter out = new BufferedWriter(new OutputStreamWriter(terminal.out(), StandardCharsets.UTF_8));
    out.write(Redactor.redact(text.toString()));
    out.flush();
    if (!report.healthy()) {
      return ExitCode.FINDINGS;
    }
    return report.incomplete() ? ExitCode.INPUT_ERRORS : ExitCode.OK;
  }
}
