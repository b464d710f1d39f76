package dev.seaworthy.kube.diagnose;

import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Severity;
import java.util.ArrayList;
import java.util.List;

@AnalyzerInfo(
    id = "node-cordoned",
    title = "Cordoned nodes",
    explains = "Nodes marked unschedulable (kubectl cordon or drain, or an autoscaler scaling them down): they take no new pods, so the "
        + "cluster has less capacity than it shows; a cordon left behind after maintenance is a common cause of Pending pods.")
public final class CordonedNodes implements Analyzer {

  @Override
  public List<Diagnosis> analyze(ClusterState state) {
    List<Diagnosis> out = new ArrayList<>();
    for (Resource node : state.nodes()) {
      if (!ClusterState.cordoned(node)) {
        continue;
      }
      List<String> evidence = new ArrayList<>();
      evidence.add("spec.unschedulable: true");
      node.node().at("spec", "taints").items().stream()
          .filter(t -> t.at("key").textOr("").equals("ToBeDeletedByClusterAutoscaler") || t.at("key").textOr("").startsWith("karpenter.sh/disrupt"))
          .findFirst()
          .ifPresent(t -> evidence.add("taint " + ClusterState.describeTaint(t) + ": an autoscaler is removing it"));
      evidence.add(state.podsOn(node.name()).size() + " pods still on it");
      boolean autoscaler = evidence.size() > 2;
      out.add(new Diagnosis(info().id(), autoscaler ? Severity.INFO : Severity.LOW, node.ref(),
          "node \"" + node.name() + "\" is cordoned: it takes no new pods" + (autoscaler ? " while an autoscaler removes it." : "."),
          evidence, autoscaler ? "nothing, unless it stays: kubectl describe node " + node.name()
              : "kubectl uncordon " + node.name() + " once its maintenance is done, or drain and remove it"));
    }
    return out;
  }
}
