package dev.seaworthy.kube.diagnose;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@AnalyzerInfo(
    id = "ingress-backend-missing",
    title = "Ingress backends that do not exist",
    explains = "Ingress rules and default backends naming a Service that does not exist in the Ingress's namespace, or a port the "
        + "Service does not expose (by number or name): the load balancer answers 503 or the controller rejects the Ingress.")
public final class IngressBackends implements Analyzer {

  @Override
  public List<Diagnosis> analyze(ClusterState state) {
    List<Diagnosis> out = new ArrayList<>();
    for (Resource ing : state.ofKind("Ingress")) {
      if (!ing.group().equals("networking.k8s.io")) {
        continue;
      }
      List<Node> backends = new ArrayList<>();
      Node defaultBackend = ing.node().at("spec", "defaultBackend", "service");
      if (defaultBackend.isPresent()) {
        backends.add(defaultBackend);
      }
      for (Node rule : ing.node().at("spec", "rules").items()) {
        for (Node path : rule.at("http", "paths").items()) {
          Node service = path.at("backend", "service");
          if (service.isPresent()) {
            backends.add(service);
          }
        }
      }
      List<String> problems = new ArrayList<>();
      for (Node b : backends) {
        String name = b.at("name").textOr("");
        Optional<Resource> svc = state.find("Service", ing.namespace(), name);
        String port = b.at("port", "number").text().orElse(b.at("port", "name").textOr(""));
        if (svc.isEmpty()) {
          problems.add("Service \"" + name + "\" does not exist");
        } else if (!port.isEmpty() && svc.get().node().at("spec", "ports").items().stream()
            .noneMatch(p -> port.equals(p.at("port").textOr("")) || port.equals(p.at("name").textOr("")))) {
          problems.add("Service \"" + name + "\" has no port " + port);
        }
      }
      List<String> distinct = problems.stream().distinct().toList();
      if (!distinct.isEmpty()) {
        out.add(new Diagnosis(info().id(), Severity.HIGH, ing.ref(),
            "Ingress \"" + ing.name() + "\" routes to a backend that is not there: " + distinct.get(0) + ".", distinct,
            "kubectl get svc" + ClusterState.namespaceFlag(ing) + "; fix the backend service name or port in the Ingress"));
      }
    }
    return out;
  }
}
