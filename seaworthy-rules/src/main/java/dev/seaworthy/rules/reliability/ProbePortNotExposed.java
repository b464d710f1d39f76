package dev.seaworthy.rules.reliability;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ContainerRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.ContainerView;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

@RuleInfo(
    id = "probe-port-not-exposed",
    title = "Probe targets a port the container does not declare",
    severity = Severity.MEDIUM,
    category = Category.RELIABILITY,
    description = """
        A liveness, readiness or startup probe that names a port the container does not declare can \
        never run: the kubelet cannot resolve the name, so the probe fails every time and the \
        container is restarted forever (liveness, startup) or never becomes ready (readiness). Numeric \
        probe ports are not judged: a container accepts connections on ports it does not declare, and \
        a separate admin or health port is a common, working pattern.""",
    remediation = "Point the probe at a port the container declares (by its name or containerPort), or declare the port the application really listens on.",
    references = {
      "https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/",
      "https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#Probe"
    },
    equivalents = {"kube-linter:liveness-port", "kube-linter:readiness-port", "kube-linter:startup-port"},
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
              readinessProbe:
                httpGet: {path: /ready, port: web}
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
              readinessProbe:
                httpGet: {path: /ready, port: http}
        """)
public final class ProbePortNotExposed implements ContainerRule {

  private static final List<String> PROBES = List.of("livenessProbe", "readinessProbe", "startupProbe");
  private static final List<String> HANDLERS = List.of("httpGet", "tcpSocket", "grpc");

  @Override
  public List<Violation> check(ContainerView container, RuleContext context) {
    List<Violation> out = new ArrayList<>();
    for (String probe : PROBES) {
      for (String handler : HANDLERS) {
        Node port = container.node().at(probe, handler, "port");
        if (!port.isPresent() || !port.isScalar()) {
          continue;
        }
        OptionalLong number = number(port);
        String what = container.describe() + " " + probe + " (" + handler + ")";
        if (number.isEmpty()) {
          if (!container.exposesPort(port)) {
            out.add(Violation.of(port, what + " uses port \"" + port.textOr("") + "\", which the container does not declare: the probe can never succeed"));
          }
        }
      }
    }
    return out;
  }

  /**
   * The port as a number: an integer, or a quoted string of digits, which the kubelet also reads
   * as a number when no port has that name.
   */
  private static OptionalLong number(Node port) {
    if (port.asLong().isPresent()) {
      return port.asLong();
    }
    String text = port.textOr("");
    if (!text.isEmpty() && text.length() < 6 && text.chars().allMatch(Character::isDigit)) {
      return OptionalLong.of(Long.parseLong(text));
    }
    return OptionalLong.empty();
  }
}
