package dev.seaworthy.cli;

import dev.seaworthy.core.rule.RuleMeta;
import dev.seaworthy.core.rule.RuleRegistry;
import dev.seaworthy.report.RuleCatalogWriter;
import dev.seaworthy.rules.BuiltInRules;
import dev.seaworthy.report.docs.RuleDocs;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code seaworthy rules}: the catalog. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = "List the rules, explain one, or write their documentation.",
    subcommands = {RulesCommand.ListRules.class, RulesCommand.Explain.class, RulesCommand.Docs.class})
final class RulesCommand implements Runnable {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing subcommand: `rules list`, `rules explain RULE` or `rules docs --out DIR`");
  }

  static List<RuleMeta> catalog() {
    return RuleRegistry.withPlugins(BuiltInRules.all()).metas().stream()
        .sorted(Comparator.comparing((RuleMeta m) -> m.category().ordinal()).thenComparing(RuleMeta::id))
        .toList();
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List every rule with its severity, category and default.")
  static final class ListRules implements Callable<Integer> {
    private final Terminal terminal;

    @Option(names = {"-o", "--format"}, paramLabel = "FORMAT", defaultValue = "text", description = "text or json (json has all metadata).")
    String format;

    ListRules(Terminal terminal) {
      this.terminal = terminal;
    }

    @Override
    public Integer call() {
      List<RuleMeta> rules = catalog();
      PrintStream out = terminal.out();
      switch (format) {
        case "json" -> {
          StringBuilder sb = new StringBuilder();
          RuleCatalogWriter.json(rules, sb);
          out.print(sb);
        }
        case "text" -> {
          int width = rules.stream().mapToInt(m -> m.id().length()).max().orElse(10);
          String lastCategory = "";
          for (RuleMeta m : rules) {
            if (!m.category().title().equals(lastCategory)) {
              lastCategory = m.category().title();
              out.println();
              out.println(lastCategory);
            }
            out.printf("  %-" + width + "s  %-8s  %s%s%n", m.id(), m.severity().name(), m.title(), m.enabledByDefault() ? "" : "  (off by default)");
          }
          out.println();
          out.println(rules.size() + " rules. `seaworthy rules explain RULE` tells what a rule checks, why, and how to fix it.");
        }
        default -> throw new UsageException("unknown format \"" + format + "\" (text or json)");
      }
      out.flush();
      return ExitCode.OK;
    }
  }

  @Command(name = "explain", mixinStandardHelpOptions = true, description = "Explain a rule: what it checks, why, how to fix it, an example.")
  static final class Explain implements Callable<Integer> {
    private final Terminal terminal;

    @Parameters(paramLabel = "RULE", description = "A rule id, e.g. privileged-container.")
    String id;

    Explain(Terminal terminal) {
      this.terminal = terminal;
    }

    @Override
    public Integer call() {
      RuleMeta meta =
          catalog().stream().filter(m -> m.id().equals(id)).findFirst()
              .orElseThrow(() -> new UsageException("no such rule \"" + id + "\" (see `seaworthy rules list`)"));
      terminal.out().print(RuleCatalogWriter.explain(meta));
      terminal.out().flush();
      return ExitCode.OK;
    }
  }

  @Command(
      name = "docs",
      mixinStandardHelpOptions = true,
      description = {
        "Write the rule documentation: a Markdown page per rule and an index.",
        "Each page is what `rules explain` prints; the index groups the rules by category. Pages of rules",
        "that no longer exist are deleted. In the Seaworthy repository, docs/rules is made with:",
        "  " + RuleDocs.REGENERATE
      })
  static final class Docs implements Callable<Integer> {
    private final Terminal terminal;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "The folder to write into (created if needed).")
    Path out;

    @Option(names = "--check", description = "Write nothing; exit 3 and name the files when DIR differs from what would be written.")
    boolean check;

    Docs(Terminal terminal) {
      this.terminal = terminal;
    }

    @Override
    public Integer call() throws IOException {
      var expected = RuleDocs.generate(catalog());
      if (check) {
        RuleDocs.Drift drift = RuleDocs.check(out, expected);
        if (drift.isEmpty()) {
          terminal.out().println(out + " is up to date (" + expected.size() + " files).");
          return ExitCode.OK;
        }
        terminal.err().println("seaworthy: " + out + " is out of date: run `" + RuleDocs.REGENERATE + "`");
        terminal.err().println(drift.describe());
        return ExitCode.FINDINGS;
      }
      RuleDocs.Written w = RuleDocs.write(out, expected);
      terminal.out().println("Wrote " + w.written().size() + " of " + expected.size() + " files to " + out
          + " (" + w.unchanged().size() + " unchanged" + (w.deleted().isEmpty() ? "" : ", deleted " + String.join(", ", w.deleted())) + ").");
      if (!w.foreign().isEmpty()) {
        terminal.err().println("seaworthy: warning: " + out + " also holds files that no rule generates: " + String.join(", ", w.foreign())
            + " (delete them: the build treats them as stale)");
      }
      terminal.out().flush();
      return ExitCode.OK;
    }
  }
}
