package dev.seaworthy.kube.diagnose;

import dev.seaworthy.kube.ClusterOptions;
import dev.seaworthy.kube.Collector;
import dev.seaworthy.kube.KubeKind;
import dev.seaworthy.kube.Progress;
import dev.seaworthy.kube.Snapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** {@code seaworthy diagnose}: reads what the analyzers need, runs every analyzer, and reports. */
public final class Diagnose {

  /** The kinds the analyzers read. */
  public static final List<KubeKind> KINDS = List.of(
      kind("", "Node"), kind("", "Pod"), kind("", "Event"), kind("", "Service"), kind("", "Endpoints"), kind("", "ServiceAccount"),
      kind("", "PersistentVolumeClaim"), kind("storage.k8s.io", "StorageClass"), kind("apps", "DaemonSet"), kind("apps", "Deployment"),
      kind("apps", "StatefulSet"), kind("batch", "Job"), kind("autoscaling", "HorizontalPodAutoscaler"), kind("networking.k8s.io", "Ingress"));

  /** Read cluster-wide even for one namespace: where that namespace's pods can run, and how its claims are provisioned. */
  static final Set<KubeKind> CLUSTER_WIDE = Set.of(kind("", "Node"), kind("storage.k8s.io", "StorageClass"));

  private Diagnose() {}

  private static KubeKind kind(String group, String kind) {
    return KubeKind.find(group, kind).orElseThrow();
  }

  public static DiagnoseReport run(ClusterOptions options, Progress progress) {
    Snapshot snapshot = Collector.read(options, KINDS, CLUSTER_WIDE, progress);
    return analyze(snapshot, Instant.now());
  }

  public static DiagnoseReport analyze(Snapshot snapshot, Instant now) {
    ClusterState state = new ClusterState(snapshot.resources(), now);
    List<Diagnosis> found = new ArrayList<>();
    List<Diagnosis> warnings = new ArrayList<>();
    for (Analyzer a : Analyzers.all()) {
      (a instanceof WarningEvents ? warnings : found).addAll(a.analyze(state));
    }
    // Warning events about an object another analyzer already explains add nothing
    Set<String> explained = new HashSet<>();
    found.forEach(d -> explained.add(d.object()));
    warnings.stream().filter(w -> !explained.contains(w.object())).forEach(found::add);
    return DiagnoseReport.of(snapshot, found);
  }
}
