package dev.seaworthy.rules.validity;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ContainerRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.ContainerView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@RuleInfo(
    id = "duplicate-container-port-name",
    title = "Container declares two ports with the same name",
    severity = Severity.HIGH,
    category = Category.VALIDITY,
    description = """
        Port names identify a container port for Services (targetPort), probes and network \
        policies, so the API server requires them to be unique within a container and rejects a pod \
        spec that repeats one. A workload with such a template is never created, and a copy-pasted \
        port entry is the usual cause.""",
    remediation = "Give each port of the container its own name, or remove the duplicate entry.",
    references = {
      "https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#ports",
      "https://kubernetes.io/docs/concepts/services-networking/service/#defining-a-service"
    },
    equivalents = {"kube-score:container-ports-check"},
    example = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: api
        spec:
          containers:
            - name: api
              image: example/api:2.1.0
              ports:
                - {name: http, containerPort: 8080}
                - {name: http, containerPort: 9090}
        """,
    fixedExample = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: api
        spec:
          containers:
            - name: api
              image: example/api:2.1.0
              ports:
                - {name: http, containerPort: 8080}
                - {name: metrics, containerPort: 9090}
        """)
public final class DuplicateContainerPortName implements ContainerRule {

  @Override
  public List<Violation> check(ContainerView container, RuleContext context) {
    List<Violation> out = new ArrayList<>();
    Map<String, Node> first = new HashMap<>();
    for (Node port : container.ports()) {
      String name = port.at("name").textOr("");
      if (name.isEmpty()) {
        continue; // unnamed ports may repeat
      }
      Node earlier = first.putIfAbsent(name, port);
      if (earlier != null) {
        out.add(
            Violation.of(
                port,
                container.describe() + " declares port name \"" + name + "\" twice" + AppsWorkloads.firstAt(earlier) + ": the API server rejects the pod"));
      }
    }
    return out;
  }
}
