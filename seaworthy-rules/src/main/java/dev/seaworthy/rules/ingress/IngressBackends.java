package dev.seaworthy.rules.ingress;

import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The Service backends of an Ingress, in both the v1 and the removed v1beta1 shapes. */
final class IngressBackends {

  private static final Set<String> GROUPS = Set.of("networking.k8s.io", "extensions");

  /** One backend: the node naming the Service and the node naming its port, by number or by name. */
  record Backend(Node serviceName, Node port, boolean byNumber) {

    String name() {
      return serviceName.textOr("");
    }

    /** An AWS Load Balancer Controller action (actions.&lt;name&gt; annotation), not a Service. */
    boolean isAlbAction() {
      return !byNumber && port.textOr("").equals("use-annotation");
    }

    /** "port 8080" or "port \"http\"", as messages name it. */
    String describePort() {
      return byNumber ? "port " + port.textOr("?") : "port \"" + port.textOr("?") + "\"";
    }
  }

  private IngressBackends() {}

  static boolean isIngress(Resource r) {
    return r.kind().equals("Ingress") && GROUPS.contains(r.group());
  }

  /** Backends naming a Service (resource backends are left out), in document order. */
  static List<Backend> of(Resource ingress) {
    List<Backend> out = new ArrayList<>();
    Node spec = ingress.node().at("spec");
    add(spec.at("defaultBackend"), out);
    add(spec.at("backend"), out);
    for (Node rule : spec.at("rules").items()) {
      for (Node path : rule.at("http", "paths").items()) {
        add(path.at("backend"), out);
      }
    }
    return out;
  }

  private static void add(Node backend, List<Backend> out) {
    Node service = backend.at("service");
    if (service.isMap()) {
      Node name = service.at("name");
      Node number = service.at("port", "number");
      Node portName = service.at("port", "name");
      if (name.text().isPresent()) {
        if (number.isPresent()) {
          out.add(new Backend(name, number, true));
        } else if (portName.isPresent()) {
          out.add(new Backend(name, portName, false));
        }
      }
      return;
    }
    Node legacyName = backend.at("serviceName");
    Node legacyPort = backend.at("servicePort");
    if (legacyName.text().isPresent() && legacyPort.isScalar() && legacyPort.isPresent()) {
      out.add(new Backend(legacyName, legacyPort, legacyPort.asLong().isPresent()));
    }
  }

  /** The Service a backend names, in the Ingress's namespace, when the input has it. */
  static Optional<Resource> service(Inventory inventory, Resource ingress, Backend backend) {
    return inventory.ofKind("Service", Inventory.namespaceOf(ingress)).stream()
        .filter(s -> s.group().isEmpty() && s.name().equals(backend.name()))
        .findFirst();
  }

  /** Whether a Service declares the port a backend names; empty when that cannot be judged. */
  static Optional<Boolean> servicePortExists(Resource service, Backend backend) {
    Node spec = service.node().at("spec");
    List<Node> ports = spec.at("ports").items();
    // an ExternalName Service forwards any port, and a Service without ports is not one to judge
    if (spec.at("type").textOr("").equals("ExternalName") || ports.isEmpty()) {
      return Optional.empty();
    }
    if (backend.byNumber()) {
      if (backend.port().asLong().isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(ports.stream().anyMatch(p -> p.at("port").asLong().equals(backend.port().asLong())));
    }
    String name = backend.port().textOr("");
    return Optional.of(ports.stream().anyMatch(p -> p.at("name").textOr("").equals(name)));
  }
}
