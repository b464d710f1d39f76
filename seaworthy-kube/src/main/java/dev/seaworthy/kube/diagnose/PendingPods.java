package dev.seaworthy.kube.diagnose;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Severity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@AnalyzerInfo(
    id = "pod-pending",
    title = "Pods the scheduler cannot place",
    explains = "For each Pending pod not yet bound to a node, replays the scheduler's filters on the cluster state: a PersistentVolumeClaim "
        + "that is missing or not bound, nodeSelector or required node affinity matching no node, taints without tolerations, CPU or "
        + "memory requests above what any node has left of its allocatable, and nodes full at their max pods; quotes the scheduler's "
        + "FailedScheduling event when there is one.")
public final class PendingPods implements Analyzer {

  @Override
  public List<Diagnosis> analyze(ClusterState state) {
    List<Diagnosis> out = new ArrayList<>();
    for (Resource pod : state.pods()) {
      if (!pod.node().at("status", "phase").textOr("").equals("Pending") || pod.node().at("spec", "nodeName").isPresent()) {
        continue;
      }
      if (pod.node().at("spec", "schedulingGates").items().size() > 0) {
        continue; // held on purpose until its gates are removed
      }
      out.add(diagnose(state, pod));
    }
    return out;
  }

  private Diagnosis diagnose(ClusterState state, Resource pod) {
    Node spec = pod.node().at("spec");
    List<String> evidence = new ArrayList<>();
    Optional<String> event = state.lastEventMessage(pod, "FailedScheduling");
    event.ifPresent(m -> evidence.add("scheduler: " + m));
    String id = info().id();
    String kubectl = "kubectl describe pod " + pod.name() + ClusterState.namespaceFlag(pod);

    // volumes first: the scheduler cannot bind a pod whose claim is missing or unbound
    for (Node v : spec.at("volumes").items()) {
      String claim = v.at("persistentVolumeClaim", "claimName").textOr("");
      if (claim.isEmpty()) {
        continue;
      }
      Optional<Resource> pvc = state.find("PersistentVolumeClaim", pod.namespace(), claim);
      if (pvc.isEmpty()) {
        return new Diagnosis(id, Severity.HIGH, pod.ref(), "its PersistentVolumeClaim \"" + claim + "\" does not exist.", evidence,
            "Create the claim or fix spec.volumes in the pod's workload; " + kubectl);
      }
      String phase = pvc.get().node().at("status", "phase").textOr("Pending");
      if (!phase.equals("Bound")) {
        evidence.add("PersistentVolumeClaim " + claim + " is " + phase);
        return new Diagnosis(id, Severity.HIGH, pod.ref(), "its PersistentVolumeClaim \"" + claim + "\" is not bound (" + phase + ").", evidence,
            "kubectl describe pvc " + claim + ClusterState.namespaceFlag(pod) + " (see the pvc-pending diagnosis for why)");
      }
    }

    List<Resource> nodes = state.nodes();
    if (nodes.isEmpty()) {
      return new Diagnosis(id, Severity.HIGH, pod.ref(), "the cluster has no node to run it on (or nodes could not be listed).", evidence,
          "kubectl get nodes; scale a node group up or check the autoscaler (Karpenter or Cluster Autoscaler) logs");
    }
    BigDecimal cpu = ClusterState.request(spec, "cpu");
    BigDecimal memory = ClusterState.request(spec, "memory");
    Map<String, Integer> reasons = new LinkedHashMap<>();
    String firstTaint = null;
    int fits = 0;
    for (Resource node : nodes) {
      if (!ClusterState.ready(node)) {
        reasons.merge("not ready", 1, Integer::sum);
        continue;
      }
      if (ClusterState.cordoned(node)) {
        reasons.merge("cordoned", 1, Integer::sum);
        continue;
      }
      if (!ClusterState.matchesSelectors(node, spec)) {
        reasons.merge("selector", 1, Integer::sum);
        continue;
      }
      List<Node> taints = ClusterState.untoleratedTaints(node, spec);
      if (!taints.isEmpty()) {
        reasons.merge("taint", 1, Integer::sum);
        if (firstTaint == null) {
          firstTaint = ClusterState.describeTaint(taints.get(0));
        }
        continue;
      }
      List<Resource> running = state.podsOn(node.name());
      Optional<BigDecimal> maxPods = ClusterState.allocatable(node, "pods");
      if (maxPods.isPresent() && BigDecimal.valueOf(running.size()).compareTo(maxPods.get()) >= 0) {
        reasons.merge("pods", 1, Integer::sum);
        continue;
      }
      if (!fitsResource(node, running, "cpu", cpu)) {
        reasons.merge("cpu", 1, Integer::sum);
        continue;
      }
      if (!fitsResource(node, running, "memory", memory)) {
        reasons.merge("memory", 1, Integer::sum);
        continue;
      }
      fits++;
    }
    evidence.add(fits + "/" + nodes.size() + " nodes fit" + (reasons.isEmpty() ? "" : "; " + summary(reasons, firstTaint)));
    if (fits > 0) {
      return new Diagnosis(id, Severity.MEDIUM, pod.ref(),
          "a node can run it now, so it is waiting for the scheduler or was just created" + event.map(m -> "; the scheduler said: " + m).orElse("") + ".",
          evidence, kubectl);
    }
    // what blocks it on the nodes it could otherwise use: a selector only explains it when no node passes it,
    // and NotReady or cordoned nodes only when nothing else is in the way
    Map<String, Integer> blocking = new LinkedHashMap<>(reasons);
    for (String secondary : List.of("selector", "not ready", "cordoned")) {
      if (blocking.size() > 1) {
        blocking.remove(secondary);
      }
    }
    String dominant = blocking.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
    String cause = switch (dominant) {
      case "selector" -> "no node matches its nodeSelector or required node affinity (" + selectors(spec) + ").";
      case "taint" -> "the nodes it could use carry taint " + firstTaint + " and the pod has no toleration for it.";
      case "cpu" -> "it requests " + cpu.stripTrailingZeros().toPlainString() + " CPU and no node has that much allocatable CPU left.";
      case "memory" -> "it requests " + mebibytes(memory) + " of memory and no node has that much allocatable memory left.";
      case "pods" -> "every node that could run it already runs its maximum number of pods (status.allocatable.pods).";
      case "cordoned" -> "the nodes are cordoned (unschedulable).";
      case "not ready" -> "no node is Ready.";
      default -> "no node fits it.";
    };
    String next = switch (dominant) {
      case "selector" -> "kubectl get nodes --show-labels; fix the nodeSelector/affinity or add a node group with those labels";
      case "taint" -> "add a toleration for " + firstTaint + " to the workload, or run it on untainted nodes";
      case "cpu", "memory" -> "lower the pod's requests to real usage, or add capacity (a larger instance type or more nodes; check the autoscaler's limits)";
      case "pods" -> "raise max pods (VPC CNI prefix delegation) or add nodes";
      default -> kubectl;
    };
    return new Diagnosis(id, Severity.HIGH, pod.ref(), cause, evidence, next);
  }

  private static boolean fitsResource(Resource node, List<Resource> running, String resource, BigDecimal request) {
    if (request.signum() == 0) {
      return true;
    }
    Optional<BigDecimal> allocatable = ClusterState.allocatable(node, resource);
    if (allocatable.isEmpty()) {
      return true;
    }
    BigDecimal used = BigDecimal.ZERO;
    for (Resource p : running) {
      used = used.add(ClusterState.request(p.node().at("spec"), resource));
    }
    return allocatable.get().subtract(used).compareTo(request) >= 0;
  }

  private static String summary(Map<String, Integer> reasons, String taint) {
    List<String> parts = new ArrayList<>();
    reasons.forEach((k, n) -> parts.add(n + " " + switch (k) {
      case "selector" -> "do not match its node selector/affinity";
      case "taint" -> "have an untolerated taint (" + taint + ")";
      case "cpu" -> "have too little CPU left";
      case "memory" -> "have too little memory left";
      case "pods" -> "are at max pods";
      case "cordoned" -> "are cordoned";
      case "not ready" -> "are not Ready";
      default -> k;
    }));
    return String.join(", ", parts);
  }

  private static String selectors(Node spec) {
    List<String> parts = new ArrayList<>();
    spec.at("nodeSelector").entries().forEach((k, v) -> parts.add(k + "=" + v.textOr("")));
    if (spec.at("affinity", "nodeAffinity", "requiredDuringSchedulingIgnoredDuringExecution").isPresent()) {
      parts.add("required node affinity");
    }
    return String.join(", ", parts);
  }

  static String mebibytes(BigDecimal bytes) {
    return bytes.divide(BigDecimal.valueOf(1024L * 1024L), 0, RoundingMode.CEILING).toPlainString() + "Mi";
  }
}
