package dev.seaworthy.kube.diagnose;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@AnalyzerInfo(
    id = "pod-crash-loop",
    title = "Containers that crash or cannot start",
    explains = "For containers in CrashLoopBackOff or restarting after errors, reads the last termination: OOMKilled (memory limit "
        + "against the limit set), exit 137 (SIGKILL: liveness probe or eviction), 143 (SIGTERM not handled), 126/127 (command not "
        + "executable or not found), other exit codes; and configuration errors that stop a container from starting "
        + "(CreateContainerConfigError: a missing ConfigMap, Secret or key).")
public final class CrashingContainers implements Analyzer {

  @Override
  public List<Diagnosis> analyze(ClusterState state) {
    List<Diagnosis> out = new ArrayList<>();
    for (Resource pod : state.pods()) {
      List<Node> statuses = new ArrayList<>(pod.node().at("status", "initContainerStatuses").items());
      statuses.addAll(pod.node().at("status", "containerStatuses").items());
      for (Node cs : statuses) {
        diagnose(pod, cs).ifPresent(out::add);
      }
    }
    return out;
  }

  private Optional<Diagnosis> diagnose(Resource pod, Node cs) {
    String container = cs.at("name").textOr("");
    String waiting = cs.at("state", "waiting", "reason").textOr("");
    String waitingMessage = cs.at("state", "waiting", "message").textOr("");
    long restarts = cs.at("restartCount").asLong().orElse(0);
    Node last = cs.at("lastState", "terminated").isPresent() ? cs.at("lastState", "terminated") : cs.at("state", "terminated");
    String id = info().id();
    String logs = "kubectl logs " + pod.name() + " -c " + container + " --previous" + ClusterState.namespaceFlag(pod);
    String who = "container \"" + container + "\"";
    List<String> evidence = new ArrayList<>();
    if (!waiting.isEmpty()) {
      evidence.add("state: waiting (" + waiting + (waitingMessage.isEmpty() ? "" : ": " + waitingMessage) + ")");
    }
    if (restarts > 0) {
      evidence.add("restarts: " + restarts);
    }
    if (waiting.equals("CreateContainerConfigError") || waiting.equals("CreateContainerError") || waiting.equals("RunContainerError")) {
      return Optional.of(new Diagnosis(id, Severity.HIGH, pod.ref(),
          who + " cannot start: its configuration refers to something missing (" + (waitingMessage.isEmpty() ? waiting : waitingMessage) + ").",
          evidence, "create the missing ConfigMap, Secret or key, or fix the reference in the workload; kubectl describe pod " + pod.name()
              + ClusterState.namespaceFlag(pod)));
    }
    boolean crashLoop = waiting.equals("CrashLoopBackOff");
    if (!crashLoop && !(restarts > 0 && last.isPresent() && !last.at("reason").textOr("").equals("Completed"))) {
      return Optional.empty();
    }
    if (last.isMissing()) {
      return Optional.of(new Diagnosis(id, Severity.HIGH, pod.ref(), who + " keeps crashing (" + restarts + " restarts).", evidence, logs));
    }
    String reason = last.at("reason").textOr("");
    long exit = last.at("exitCode").asLong().orElse(-1);
    evidence.add("last termination: " + (reason.isEmpty() ? "" : reason + ", ") + "exit code " + exit
        + last.at("finishedAt").text().map(t -> " at " + t).orElse(""));
    Severity severity = crashLoop ? Severity.HIGH : Severity.MEDIUM;
    String loop = crashLoop ? " and is in CrashLoopBackOff" : "";
    if (reason.equals("OOMKilled")) {
      String limit = memoryLimit(pod, container).map(l -> "its memory limit of " + l).orElse("the node's memory (no limit is set)");
      return Optional.of(new Diagnosis(id, severity, pod.ref(),
          who + " was killed for using more memory than " + limit + " (OOMKilled)" + loop + ".", evidence,
          "raise the memory limit (and request) to the usage you measured (kubectl top pod " + pod.name() + ClusterState.namespaceFlag(pod)
              + " --containers), or fix the leak"));
    }
    String cause = switch ((int) exit) {
      case 137 -> who + " was killed with SIGKILL (exit 137) without being OOMKilled: a failing liveness probe, an eviction or a kill from outside" + loop + ".";
      case 143 -> who + " exited on SIGTERM (exit 143): it was asked to stop, by a failing liveness probe or a shutdown" + loop + ".";
      case 126 -> who + " cannot execute its command (exit 126: not executable or permission denied)" + loop + ".";
      case 127 -> who + " cannot find its command (exit 127: not found in the image)" + loop + ".";
      case 0 -> who + " exits successfully and is restarted: a long-running pod whose process ends" + loop + ".";
      default -> who + " exits with code " + exit + (reason.isEmpty() ? "" : " (" + reason + ")") + loop + ": the application fails at start or while running.";
    };
    String next = switch ((int) exit) {
      case 137, 143 -> "kubectl describe pod " + pod.name() + ClusterState.namespaceFlag(pod) + " (look at the liveness probe and the events); " + logs;
      case 126, 127 -> "check the image's entrypoint and the command/args of the container; " + logs;
      default -> logs;
    };
    return Optional.of(new Diagnosis(id, severity, pod.ref(), cause, evidence, next));
  }

  private static Optional<String> memoryLimit(Resource pod, String container) {
    for (String list : List.of("containers", "initContainers")) {
      for (Node c : pod.node().at("spec", list).items()) {
        if (c.at("name").textOr("").equals(container)) {
          return c.at("resources", "limits", "memory").text();
        }
      }
    }
    return Optional.empty();
  }
}
