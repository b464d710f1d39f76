package dev.seaworthy.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code seaworthy diagnose}: the guide's 3 AM troubleshooting, run against the live cluster. */
@Command(
    name = "diagnose",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Explain what is broken in the live cluster: Pending pods and why, crash loops, image pulls, unhealthy and cordoned nodes,",
      "DaemonSets missing on nodes, stuck rollouts, failing Jobs, Services without endpoints, Ingress backends, Pending claims,",
      "HPAs without metrics, IRSA not applied, and recent Warning events. Each problem: the cause in one sentence, the evidence,",
      "and the next command or change. Exit 0 when healthy, 3 when problems were found, 4 when some kinds could not be read."
    })
final class DiagnoseCommand implements Callable<Integer> {

  private final Terminal terminal;

  @Option(names = "--context", paramLabel = "CONTEXT", description = "Kubeconfig context. Default: the current context.")
  String context;

  @Option(names = "--kubeconfig", paramLabel = "FILE", description = "Kubeconfig file. Default: KUBECONFIG, then ~/.kube/config, then the pod's service account.")
  Path kubeconfig;

  @Option(names = {"-n", "--namespace"}, paramLabel = "NAMESPACE", description = "Only this namespace (nodes and storage classes are still read). Default: the context's namespace.")
  String namespace;

  @Option(names = {"-A", "--all-namespaces"}, description = "Every namespace.")
  boolean allNamespaces;

  @Option(names = {"-o", "--format"}, paramLabel = "FORMAT", description = "text or json. Default: text.")
  String format = "text";

  @Option(names = "--debug", description = "Print stack traces of internal errors.")
  boolean debug;

  DiagnoseCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() throws Exception {
    String f = format.toLowerCase(Locale.ROOT);
    if (!f.equals("text") && !f.equals("json")) {
      throw new UsageException("-o " + format + ": expected text or json");
    }
    if (namespace != null && allNamespaces) {
      throw new UsageException("--namespace and --all-namespaces contradict each other");
    }
    // the live-cluster module (and fabric8) is loaded only from here on
    return ClusterDiagnose.run(ClusterInput.options(context, kubeconfig, namespace, allNamespaces), f.equals("json"), terminal);
  }
}
