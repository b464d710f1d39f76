package dev.seaworthy.kube.diagnose;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@AnalyzerInfo(
    id = "rollout-stuck",
    title = "Deployments not progressing and StatefulSets stuck",
    explains = "Deployments whose Progressing condition is False (ProgressDeadlineExceeded: the new ReplicaSet's pods never became "
        + "available) or that have unavailable replicas, and StatefulSets with fewer ready replicas than wanted or an update that "
        + "stopped part way (currentRevision behind updateRevision); points at the pod-level diagnoses that say why.")
public final class WorkloadRollouts implements Analyzer {

  @Override
  public List<Diagnosis> analyze(ClusterState state) {
    List<Diagnosis> out = new ArrayList<>();
    for (Resource d : state.ofKind("Deployment")) {
      if (d.group().equals("apps") && !d.node().at("spec", "paused").asBoolean().orElse(false)) {
        deployment(d).ifPresent(out::add);
      }
    }
    for (Resource s : state.ofKind("StatefulSet")) {
      if (s.group().equals("apps")) {
        statefulSet(s).ifPresent(out::add);
      }
    }
    return out;
  }

  private Optional<Diagnosis> deployment(Resource d) {
    Node status = d.node().at("status");
    long wanted = d.node().at("spec", "replicas").asLong().orElse(1);
    long unavailable = status.at("unavailableReplicas").asLong().orElse(0);
    long available = status.at("availableReplicas").asLong().orElse(0);
    Optional<Node> progressing = ClusterState.condition(d, "Progressing");
    boolean deadline = progressing.map(c -> c.at("status").textOr("").equals("False")).orElse(false);
    if (!deadline && unavailable == 0 && available >= wanted) {
      return Optional.empty();
    }
    if (!deadline && status.isMissing()) {
      return Optional.empty(); // no status yet: the controller has not seen it
    }
    List<String> evidence = new ArrayList<>();
    evidence.add("replicas: " + wanted + " wanted, " + available + " available, " + unavailable + " unavailable, "
        + status.at("updatedReplicas").asLong().orElse(0) + " up to date");
    progressing.ifPresent(c -> evidence.add("Progressing=" + c.at("status").textOr("") + c.at("reason").text().map(r -> " (" + r + ")").orElse("")
        + c.at("message").text().map(m -> ": " + m).orElse("")));
    String cause = deadline
        ? "the rollout of Deployment \"" + d.name() + "\" is not progressing: its new pods did not become available within progressDeadlineSeconds."
        : "Deployment \"" + d.name() + "\" has " + Math.max(unavailable, wanted - available) + " unavailable replica(s).";
    return Optional.of(new Diagnosis(info().id(), deadline ? Severity.HIGH : Severity.MEDIUM, d.ref(), cause, evidence,
        "kubectl rollout status deployment/" + d.name() + ClusterState.namespaceFlag(d)
            + "; see the pod diagnoses of its pods (Pending, crash loop, image pull); kubectl rollout undo if the new version is broken"));
  }

  private Optional<Diagnosis> statefulSet(Resource s) {
    Node status = s.node().at("status");
    if (status.isMissing()) {
      return Optional.empty();
    }
    long wanted = s.node().at("spec", "replicas").asLong().orElse(1);
    long ready = status.at("readyReplicas").asLong().orElse(0);
    String current = status.at("currentRevision").textOr("");
    String update = status.at("updateRevision").textOr("");
    long updated = status.at("updatedReplicas").asLong().orElse(0);
    boolean partition = s.node().at("spec", "updateStrategy", "rollingUpdate", "partition").asLong().orElse(0) > 0;
    boolean updateStuck = !current.isEmpty() && !update.isEmpty() && !current.equals(update) && !partition && ready < wanted;
    if (ready >= wanted && !updateStuck) {
      return Optional.empty();
    }
    List<String> evidence = new ArrayList<>();
    evidence.add("replicas: " + wanted + " wanted, " + ready + " ready, " + updated + " on the update revision");
    if (!current.equals(update)) {
      evidence.add("currentRevision " + current + ", updateRevision " + update);
    }
    String cause = updateStuck
        ? "the update of StatefulSet \"" + s.name() + "\" stopped part way: it replaces pods one at a time and waits for a pod that does not become ready."
        : "StatefulSet \"" + s.name() + "\" has " + (wanted - ready) + " of " + wanted + " replicas not ready; it creates pods in order and waits for each.";
    return Optional.of(new Diagnosis(info().id(), Severity.HIGH, s.ref(), cause, evidence,
        "kubectl rollout status statefulset/" + s.name() + ClusterState.namespaceFlag(s)
            + "; look at the lowest-numbered pod that is not ready and its diagnosis (PVC pending, crash loop...)"));
  }
}
