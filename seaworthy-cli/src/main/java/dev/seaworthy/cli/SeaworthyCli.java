package dev.seaworthy.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code seaworthy} command. {@link #main} is the only place that exits the JVM. */
@Command(
    name = "seaworthy",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Audits how far a Kubernetes setup on AWS EKS is from production-grade, line by line.",
    subcommands = {AuditCommand.class, ChecklistCommand.class, DiagnoseCommand.class, RulesCommand.class, CompletionCommand.class, CommandLine.HelpCommand.class},
    footer = {
      "",
      "Exit codes: 0 clean, 1 internal error, 2 usage error, 3 findings at or above --fail-on,",
      "            4 some input could not be read (the rest was audited).",
      "Docs: README.md and docs/ in the Seaworthy repository."
    })
public final class SeaworthyCli implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command: try `seaworthy audit PATH...` or `seaworthy --help`");
  }

  public static void main(String[] args) {
    System.exit(run(Terminal.system(), args));
  }

  /** Runs one command line and returns its exit code; end-to-end tests call this. */
  public static int run(Terminal terminal, String... args) {
    CommandLine cli = commandLine(terminal);
    return cli.execute(args);
  }

  static CommandLine commandLine(Terminal terminal) {
    CommandLine cli = new CommandLine(new SeaworthyCli(), new Factory(terminal));
    cli.setOut(new PrintWriter(terminal.out(), true));
    cli.setErr(new PrintWriter(terminal.err(), true));
    cli.setColorScheme(CommandLine.Help.defaultColorScheme(terminal.color() ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExitCodeExceptionMapper(t -> t instanceof CommandLine.ParameterException ? ExitCode.USAGE : ExitCode.INTERNAL_ERROR);
    cli.setParameterExceptionHandler(
        (ex, a) -> {
          PrintWriter err = ex.getCommandLine().getErr();
          err.println("seaworthy: " + ex.getMessage());
          err.println("Try `" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help`.");
          return ExitCode.USAGE;
        });
    cli.setExecutionExceptionHandler(
        (ex, c, parseResult) -> {
          PrintWriter err = c.getErr();
          if (ex instanceof UsageException u) {
            err.println("seaworthy: " + u.getMessage());
            return ExitCode.USAGE;
          }
          err.println("seaworthy: internal error: " + ex + " (this is a bug; rerun with --debug for the stack trace)");
          if (parseResult.matchedOption("--debug") != null || debugRequested(parseResult)) {
            ex.printStackTrace(err);
          }
          return ExitCode.INTERNAL_ERROR;
        });
    return cli;
  }

  private static boolean debugRequested(CommandLine.ParseResult result) {
    for (CommandLine.ParseResult r = result; r != null; r = r.subcommand()) {
      if (r.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }

  /** Gives commands the terminal they run in. */
  private record Factory(Terminal terminal) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> cls) throws Exception {
      if (cls == AuditCommand.class) {
        return cls.cast(new AuditCommand(terminal));
      }
      if (cls == RulesCommand.ListRules.class) {
        return cls.cast(new RulesCommand.ListRules(terminal));
      }
      if (cls == RulesCommand.Explain.class) {
        return cls.cast(new RulesCommand.Explain(terminal));
      }
      if (cls == RulesCommand.Docs.class) {
        return cls.cast(new RulesCommand.Docs(terminal));
      }
      if (cls == DiagnoseCommand.class) {
        return cls.cast(new DiagnoseCommand(terminal));
      }
      if (cls == ChecklistCommand.class) {
        return cls.cast(new ChecklistCommand(terminal));
      }
      return CommandLine.defaultFactory().create(cls);
    }
  }
}
