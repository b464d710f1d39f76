package dev.seaworthy.cli;

import dev.seaworthy.core.engine.AuditReport;
import dev.seaworthy.report.ReportInput;
import dev.seaworthy.report.ReportOptions;
import dev.seaworthy.report.checklist.Checklist;
import dev.seaworthy.report.checklist.ChecklistRenderer;
import dev.seaworthy.report.checklist.ChecklistRenderers;
import dev.seaworthy.report.checklist.ChecklistReport;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code seaworthy checklist}: the guide's 15-item production checklist, each item PASS, FAIL,
 * PARTIAL or MANUAL with its evidence. Same input and flags as {@code audit}; see docs/checklist.md.
 */
@Command(
    name = "checklist",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Judge the guide's 15-item production checklist, each item PASS, FAIL, PARTIAL or MANUAL.",
      "Each item comes with the rules, resources and lines it rests on, and what is missing.",
      "Same input and options as `audit`. Exits 0 whatever the statuses, unless --fail-on-checklist",
      "(or an explicit --fail-on) says otherwise."
    },
    footer = {
      "",
      "PASS     a mapped rule evaluated the relevant input, nothing failed, and the evidence covers the item",
      "FAIL     a mapped rule found a problem at medium or above, the evidence would not apply, or the",
      "         input covers the area and what the item asks for is absent",
      "PARTIAL  only low/info findings, or evidence that is incomplete",
      "MANUAL   the input cannot prove it; the details say what would",
      "Definitions: docs/checklist.md."
    })
final class ChecklistCommand implements Callable<Integer> {

  private final Terminal terminal;

  @Mixin AuditOptions options = new AuditOptions();

  @Option(names = {"-o", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.",
      completionCandidates = Formats.class)
  String format;

  @Option(names = "--fail-on-checklist", description = "Exit 3 when an item is FAIL.")
  boolean failOnChecklist;

  ChecklistCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() throws IOException {
    ChecklistRenderer renderer =
        ChecklistRenderers.find(format).orElseThrow(() ->
            new UsageException("unknown format \"" + format + "\" (one of " + String.join(", ", ChecklistRenderers.formats()) + ")"));
    AuditReport report = options.run(terminal);
    ReportInput input = new ReportInput(options.input().resources(), RulesCommand.catalog());
    ChecklistReport checklist = Checklist.evaluate(report, input.resources(), input.catalog());
    BufferedWriter out = new BufferedWriter(new OutputStreamWriter(terminal.out(), StandardCharsets.UTF_8));
    renderer.write(checklist, new ReportOptions(VersionProvider.version(), terminal.color() && format.equals("text"), input), out);
    out.flush();
    // findings alone do not fail the checklist: only an explicit --fail-on (not the config's failOn) does
    int code = AuditOptions.exitCode(report, options.failOn != null ? options.threshold() : null);
    if (code == ExitCode.OK && failOnChecklist && checklist.hasFailures()) {
      return ExitCode.FINDINGS;
    }
    return code;
  }

  /** Completion candidates for --format. */
  static final class Formats extends ArrayList<String> {
    Formats() {
      super(ChecklistRenderers.formats());
    }
  }
}
