package dev.seaworthy.kube.diagnose;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@AnalyzerInfo(
    id = "node-health",
    title = "Nodes NotReady or under pressure",
    explains = "Nodes whose Ready condition is False (the kubelet says why) or Unknown (the kubelet stopped reporting: node lost, "
        + "network cut), and nodes under memory, disk or PID pressure, where the kubelet evicts pods and takes no new ones.")
public final class NodeHealth implements Analyzer {

  private static final Map<String, String> PRESSURES = Map.of("MemoryPressure", "memory", "DiskPressure", "disk", "PIDPressure", "PID");

  @Override
  public List<Diagnosis> analyze(ClusterState state) {
    List<Diagnosis> out = new ArrayList<>();
    for (Resource node : state.nodes()) {
      String describe = "kubectl describe node " + node.name();
      Optional<Node> ready = ClusterState.condition(node, "Ready");
      if (ready.isPresent() && !ready.get().at("status").textOr("").equals("True")) {
        String status = ready.get().at("status").textOr("");
        List<String> evidence = new ArrayList<>();
        evidence.add("Ready=" + status + ready.get().at("reason").text().map(r -> " (" + r + ")").orElse("")
            + ready.get().at("lastTransitionTime").text().map(t -> " since " + t).orElse(""));
        ready.get().at("message").text().ifPresent(m -> evidence.add("kubelet: " + m));
        evidence.add(state.podsOn(node.name()).size() + " pods bound to it");
        String cause = status.equals("Unknown")
            ? "the kubelet of node \"" + node.name() + "\" stopped reporting: the instance is gone, stopped, or cut off from the control plane."
            : "node \"" + node.name() + "\" is not Ready" + ready.get().at("message").text().map(m -> ": " + m).orElse("") + ".";
        String next = status.equals("Unknown")
            ? describe + "; check the EC2 instance state and its security groups, then replace the node if it does not come back"
            : describe + "; on the node: journalctl -u kubelet and the container runtime's logs";
        out.add(new Diagnosis(info().id(), Severity.CRITICAL, node.ref(), cause, evidence, next));
        continue;
      }
      for (Node c : node.node().at("status", "conditions").items()) {
        String what = PRESSURES.get(c.at("type").textOr(""));
        if (what == null || !c.at("status").textOr("").equals("True")) {
          continue;
        }
        List<String> evidence = new ArrayList<>();
        evidence.add(c.at("type").textOr("") + "=True" + c.at("reason").text().map(r -> " (" + r + ")").orElse(""));
        c.at("message").text().ifPresent(m -> evidence.add("kubelet: " + m));
        String next = switch (what) {
          case "memory" -> "kubectl top pods -A --sort-by=memory; set memory requests to real usage so the scheduler stops overpacking the node";
          case "disk" -> "free the node's disk (unused images, logs) or give the node a larger root volume";
          default -> "find the process creating threads or processes without end; set a pod PID limit";
        };
        out.add(new Diagnosis(info().id(), Severity.HIGH, node.ref(),
            "node \"" + node.name() + "\" is under " + what + " pressure: the kubelet evicts pods and the node takes no new ones.", evidence,
            describe + "; " + next));
      }
    }
    return out;
  }
}
