package dev.seaworthy.kube.diagnose;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.view.LabelSelector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

@AnalyzerInfo(
    id = "service-no-endpoints",
    title = "Services with no ready endpoints",
    explains = "Services with a selector whose Endpoints hold no ready address, split into a selector that matches no pod at all (a "
        + "label mismatch, with the labels the namespace's pods do carry) and matching pods that are not ready (failing readiness "
        + "probes, not started).")
public final class ServiceEndpoints implements Analyzer {

  @Override
  public List<Diagnosis> analyze(ClusterState state) {
    List<Diagnosis> out = new ArrayList<>();
    for (Resource svc : state.ofKind("Service")) {
      Node selectorNode = svc.node().at("spec", "selector");
      if (!svc.group().isEmpty() || selectorNode.entries().isEmpty() || svc.node().at("spec", "type").textOr("").equals("ExternalName")) {
        continue;
      }
      Optional<Resource> endpoints = state.find("Endpoints", svc.namespace(), svc.name());
      if (endpoints.isEmpty() || readyAddresses(endpoints.get()) > 0) {
        continue; // no Endpoints listed: nothing proves the Service is empty
      }
      LabelSelector selector = LabelSelector.ofMap(selectorNode);
      List<Resource> pods = state.podsMatching(svc.namespace(), selector).stream().filter(p -> !ClusterState.finished(p)).toList();
      String sel = selectorNode.entries().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().textOr("")).collect(Collectors.joining(","));
      List<String> evidence = new ArrayList<>();
      evidence.add("selector: " + sel);
      evidence.add("Endpoints " + svc.name() + ": no ready address" + (notReadyAddresses(endpoints.get()) > 0
          ? " (" + notReadyAddresses(endpoints.get()) + " not ready)" : ""));
      if (pods.isEmpty()) {
        List<String> seen = state.ofKind("Pod", svc.namespace()).stream()
            .flatMap(p -> p.labels().entrySet().stream().filter(l -> selectorNode.entries().containsKey(l.getKey())))
            .map(l -> l.getKey() + "=" + l.getValue()).distinct().sorted().limit(5).toList();
        if (!seen.isEmpty()) {
          evidence.add("pods in the namespace carry: " + String.join(", ", seen));
        }
        out.add(new Diagnosis(info().id(), Severity.HIGH, svc.ref(),
            "Service \"" + svc.name() + "\" selects no pod: no pod in namespace \"" + svc.namespace() + "\" has the labels " + sel + ".", evidence,
            "kubectl get pods" + ClusterState.namespaceFlag(svc) + " --show-labels; fix the Service selector or the pod template labels"));
      } else {
        long ready = pods.stream().filter(p -> ClusterState.conditionIs(p, "Ready", "True")).count();
        evidence.add(pods.size() + " matching pod(s), " + ready + " ready: "
            + pods.stream().limit(3).map(Resource::name).collect(Collectors.joining(", ")));
        out.add(new Diagnosis(info().id(), Severity.HIGH, svc.ref(),
            "Service \"" + svc.name() + "\" selects " + pods.size() + " pod(s) but none is ready, so it has no endpoint to send traffic to.", evidence,
            "kubectl describe pod " + pods.get(0).name() + ClusterState.namespaceFlag(svc) + " (readiness probe, container state)"));
      }
    }
    return out;
  }

  private static int readyAddresses(Resource endpoints) {
    return endpoints.node().at("subsets").items().stream().mapToInt(s -> s.at("addresses").items().size()).sum();
  }

  private static int notReadyAddresses(Resource endpoints) {
    return endpoints.node().at("subsets").items().stream().mapToInt(s -> s.at("notReadyAddresses").items().size()).sum();
  }

  static Map<String, String> labels(Resource r) {
    return r.labels();
  }
}
