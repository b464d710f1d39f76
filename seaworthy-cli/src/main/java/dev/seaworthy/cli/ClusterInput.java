package dev.seaworthy.cli;

import dev.seaworthy.core.data.KubernetesVersion;
import dev.seaworthy.core.load.InputError;
import dev.seaworthy.core.load.LoadedInput;
import dev.seaworthy.core.model.Position;
import dev.seaworthy.core.rule.RuleRegistry;
import dev.seaworthy.kube.ClusterException;
import dev.seaworthy.kube.ClusterOptions;
import dev.seaworthy.kube.LiveAudit;
import dev.seaworthy.kube.Progress;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The CLI's only door to the live-cluster module: kept apart so that the file audit never loads a
 * fabric8 class (and pays nothing for it at start-up).
 */
final class ClusterInput {

  /** What an audit needs from the cluster. */
  record Result(LoadedInput input, Set<String> notEvaluated, Optional<KubernetesVersion> version) {}

  private ClusterInput() {}

  static ClusterOptions options(String context, Path kubeconfig, String namespace, boolean allNamespaces) {
    ClusterOptions o = ClusterOptions.defaults().withContext(context).withKubeconfig(kubeconfig);
    if (allNamespaces) {
      return o.withAllNamespaces();
    }
    return namespace == null ? o : o.withNamespace(namespace);
  }

  static Result read(AuditOptions flags, RuleRegistry registry, Terminal terminal) {
    ClusterOptions options = options(flags.context, flags.kubeconfig, flags.namespace, flags.allNamespaces);
    try {
      LiveAudit live = LiveAudit.read(options, registry, progress(terminal));
      terminal.err().println("seaworthy: audited cluster context \"" + live.context() + "\" (" + live.scope()
          + (live.scope().startsWith("namespace") ? "; -A for all namespaces" : "") + ")");
      return new Result(live.input(), live.notEvaluated(), live.version());
    } catch (ClusterException e) {
      if (e.isUsage()) {
        throw new UsageException(e.getMessage());
      }
      InputError error = new InputError(Position.of("cluster", 0, 0), e.getMessage());
      return new Result(new LoadedInput(List.of(), List.of(error), List.of(), 0), Set.of(), Optional.empty());
    }
  }

  /** A one-line progress bar on stderr, only on a terminal. */
  static Progress progress(Terminal terminal) {
    if (!terminal.interactive()) {
      return Progress.NONE;
    }
    return new Progress() {
      private boolean drawn;

      @Override
      public synchronized void update(int done, int total, long objects) {
        int width = 20;
        int filled = total == 0 ? width : done * width / total;
        terminal.err().print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total + " kinds, " + objects + " objects ");
        drawn = true;
        if (done == total && drawn) {
          terminal.err().print("\r" + " ".repeat(60) + "\r");
        }
        terminal.err().flush();
      }
    };
  }
}
