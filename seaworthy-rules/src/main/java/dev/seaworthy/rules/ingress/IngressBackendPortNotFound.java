package dev.seaworthy.rules.ingress;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.InventoryRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A backend that names a port its Service (present in the input) does not declare: port.number is
 * matched against the Service's spec.ports[].port (not targetPort), port.name against
 * spec.ports[].name. ExternalName Services and Services without ports are not judged.
 */
@RuleInfo(
    id = "ingress-backend-port-not-found",
    title = "Ingress backend names a port its Service does not have",
    severity = Severity.MEDIUM,
    category = Category.INGRESS,
    description = """
        An Ingress backend names a Service port by number (service.port.number, matched against the \
        Service's spec.ports[].port, not its targetPort) or by name (service.port.name, matched against \
        spec.ports[].name). When the Service declares no such port the path cannot be served: the AWS \
        Load Balancer Controller fails to reconcile the Ingress, and other controllers answer 503. A frequent cause is naming the container port (targetPort) instead of \
        the Service port.""",
    remediation = "Name a port the Service declares (its `port` number or its port `name`), or add the port to the Service.",
    references = {
      "https://kubernetes.io/docs/concepts/services-networking/ingress/#ingress-rules",
      "https://kubernetes.io/docs/reference/kubernetes-api/service-resources/service-v1/#ServiceSpec"
    },
    equivalents = {"kube-score:ingress-targets-service", "kube-linter:dangling-ingress", "kubescape:C-0298"},
    example = """
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: api
        spec:
          defaultBackend:
            service:
              name: api
              port:
                number: 8080
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: api
        spec:
          selector:
            app: api
          ports:
            - name: http
              port: 80
              targetPort: 8080
        """,
    fixedExample = """
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: api
        spec:
          defaultBackend:
            service:
              name: api
              port:
                number: 80
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: api
        spec:
          selector:
            app: api
          ports:
            - name: http
              port: 80
              targetPort: 8080
        """)
public final class IngressBackendPortNotFound implements InventoryRule {

  @Override
  public boolean appliesTo(Resource resource) {
    return IngressBackends.isIngress(resource);
  }

  @Override
  public List<Violation> check(Resource resource, RuleContext context) {
    Set<String> reported = new HashSet<>();
    List<Violation> out = new ArrayList<>();
    for (IngressBackends.Backend backend : IngressBackends.of(resource)) {
      if (backend.isAlbAction()) {
        continue;
      }
      Optional<Resource> service = IngressBackends.service(context.inventory(), resource, backend);
      if (service.isEmpty()
          || IngressBackends.servicePortExists(service.get(), backend).orElse(true)
          || !reported.add(backend.name() + "|" + backend.describePort())) {
        continue;
      }
      out.add(Violation.of(backend.port(), "backend Service \"" + backend.name() + "\" has no " + backend.describePort()
          + "; it declares " + declared(service.get())));
    }
    return out;
  }

  private static String declared(Resource service) {
    List<String> ports = new ArrayList<>();
    for (Node p : service.node().at("spec", "ports").items()) {
      String number = p.at("port").textOr("?");
      ports.add(p.at("name").text().map(n -> number + " (\"" + n + "\")").orElse(number));
    }
    return "port " + String.join(", ", ports);
  }
}
