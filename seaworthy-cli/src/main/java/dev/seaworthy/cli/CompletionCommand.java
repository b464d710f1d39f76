package dev.seaworthy.cli;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code seaworthy completion}: prints a bash/zsh completion script. */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    description = {
      "Print a shell completion script for bash and zsh.",
      "Use: source <(seaworthy completion)   or   seaworthy completion > /etc/bash_completion.d/seaworthy"
    })
final class CompletionCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    CommandLine root = spec.root().commandLine();
    spec.commandLine().getOut().print(AutoComplete.bash("seaworthy", root));
    spec.commandLine().getOut().flush();
  }
}
