package dev.seaworthy.kube.diagnose;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@AnalyzerInfo(
    id = "daemonset-missing-on-node",
    title = "Nodes without a pod of a DaemonSet that should run there",
    explains = "For each DaemonSet, the Ready nodes that match its node selector and affinity and whose taints it tolerates but that run "
        + "none of its pods: a log shipper, CNI or monitoring agent missing there, so that node is blind or broken. Nodes whose taints it "
        + "does not tolerate are left out: keeping a DaemonSet off them may be the intent (the audit rule daemonset-taint-not-tolerated "
        + "judges that).")
public final class DaemonSetCoverage implements Analyzer {

  @Override
  public List<Diagnosis> analyze(ClusterState state) {
    List<Diagnosis> out = new ArrayList<>();
    for (Resource ds : state.ofKind("DaemonSet")) {
      if (!ds.group().equals("apps")) {
        continue;
      }
      Node spec = ds.node().at("spec", "template", "spec");
      Set<String> covered = new HashSet<>();
      for (Resource pod : state.ofKind("Pod", ds.namespace())) {
        // by kind and name: pods of a DaemonSet live in its namespace, and a uid is not always what a copied manifest kept
        ClusterState.controllerOf(pod).filter(o -> o.at("kind").textOr("").equals("DaemonSet") && o.at("name").textOr("").equals(ds.name()))
            .ifPresent(o -> covered.add(pod.node().at("spec", "nodeName").textOr("")));
      }
      List<String> missing = new ArrayList<>();
      for (Resource node : state.nodes()) {
        if (!ClusterState.ready(node) || covered.contains(node.name()) || !ClusterState.matchesSelectors(node, spec)) {
          continue;
        }
        // the DaemonSet controller adds tolerations for the node condition taints to its pods itself
        boolean tolerated = ClusterState.untoleratedTaints(node, spec).stream()
            .allMatch(t -> t.at("key").textOr("").startsWith("node.kubernetes.io/"));
        if (tolerated) {
          missing.add(node.name());
        }
      }
      if (!missing.isEmpty()) {
        List<String> evidence = new ArrayList<>();
        evidence.add("no pod on: " + String.join(", ", missing));
        evidence.add("desired " + ds.node().at("status", "desiredNumberScheduled").textOr("?") + ", ready " + ds.node().at("status", "numberReady").textOr("?"));
        state.lastEventMessage(ds, "FailedCreate").ifPresent(m -> evidence.add("event: " + m));
        out.add(new Diagnosis(info().id(), Severity.HIGH, ds.ref(),
            "DaemonSet \"" + ds.name() + "\" should run on " + missing.size() + " node(s) where it has no pod.", evidence,
            "kubectl describe daemonset " + ds.name() + ClusterState.namespaceFlag(ds) + " (look for FailedCreate events: quota, admission webhooks, max pods)"));
      }
    }
    return out;
  }
}
