package dev.seaworthy.rules.network;

import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.InventoryRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.ContainerView;
import dev.seaworthy.core.view.LabelSelector;
import dev.seaworthy.core.view.PodSpecView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeSet;

@RuleInfo(
    id = "service-target-port-not-exposed",
    title = "Service targetPort matches no port of the pods it selects",
    severity = Severity.MEDIUM,
    category = Category.NETWORK,
    description = """
        A Service forwards each port to its targetPort on the selected pods (targetPort defaults to \
        port). A named targetPort is resolved in each pod against the container ports with that name \
        and the same protocol; when no selected container declares it, the pod is left out of the \
        Service's endpoints for that port and the traffic never arrives. A numeric targetPort is used \
        as is, so it is only reported when every selected pod declares its ports and none declares \
        that number: the usual sign that the application's port changed and the Service did not. \
        Regular containers and sidecars count; the rule is silent when the input has no pod that the \
        Service selects.""",
    remediation = "Point targetPort at a port name or number that the selected containers declare, or declare the port the application listens on.",
    references = {
      "https://kubernetes.io/docs/concepts/services-networking/service/#defining-a-service",
      "https://kubernetes.io/docs/reference/kubernetes-api/service-resources/service-v1/#ServiceSpec"
    },
    example = """
        apiVersion: v1
        kind: Service
        metadata:
          name: api
        spec:
          selector: {app: api}
          ports:
            - port: 80
              targetPort: web
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: api
        spec:
          selector:
            matchLabels: {app: api}
          template:
            metadata:
              labels: {app: api}
            spec:
              containers:
                - name: api
                  image: example/api:1.0
                  ports:
                    - {name: http, containerPort: 8080}
        """,
    fixedExample = """
        apiVersion: v1
        kind: Service
        metadata:
          name: api
        spec:
          selector: {app: api}
          ports:
            - port: 80
              targetPort: http
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: api
        spec:
          selector:
            matchLabels: {app: api}
          template:
            metadata:
              labels: {app: api}
            spec:
              containers:
                - name: api
                  image: example/api:1.0
                  ports:
                    - {name: http, containerPort: 8080}
        """)
public final class ServiceTargetPortNotExposed implements InventoryRule {

  @Override
  public boolean appliesTo(Resource resource) {
    return Services.isService(resource);
  }

  @Override
  public List<Violation> check(Resource resource, RuleContext context) {
    Optional<LabelSelector> selector = Services.podSelector(resource);
    if (selector.isEmpty()) {
      return List.of();
    }
    Inventory inventory = context.inventory();
    List<PodSpecView> pods = Services.selected(inventory, resource, selector.get());
    if (pods.isEmpty()) {
      return List.of();
    }
    List<Violation> out = new ArrayList<>();
    for (Node port : resource.node().at("spec", "ports").items()) {
      Node target = port.at("targetPort").isPresent() ? port.at("targetPort") : port.at("port");
      if (!target.isScalar() || !target.isPresent()) {
        continue;
      }
      String protocol = port.at("protocol").textOr("TCP");
      String what = Services.describe(resource) + " port " + port.at("port").textOr("?");
      String backends = NetworkScope.describeAll(pods);
      if (target.asLong().isPresent()) {
        numeric(target.asLong().getAsLong(), pods)
            .ifPresent(declared -> out.add(Violation.of(target, what + " targets port " + target.asLong().getAsLong()
                + ", but the pods it selects (" + backends + ") declare only " + declared + ": the traffic probably reaches no listener")));
      } else {
        String name = target.textOr("");
        if (name.isEmpty() || name.chars().allMatch(Character::isDigit)) {
          continue; // the API server rejects a digits-only port name
        }
        if (!declaresName(pods, name, protocol)) {
          String otherProtocol = declaresName(pods, name, null) ? " over " + protocol + " (it is declared with another protocol)" : "";
          out.add(Violation.of(target, what + " targets port \"" + name + "\", which no container of the pods it selects (" + backends + ") declares"
              + otherProtocol + ": the Service gets no endpoints for this port and its traffic never arrives"));
        }
      }
    }
    return out;
  }

  private static List<ContainerView> serving(PodSpecView pod) {
    return pod.allContainers().stream().filter(ContainerView::isLongLived).toList();
  }

  /** Whether a serving container declares a port with this name (and protocol, unless null). */
  private static boolean declaresName(List<PodSpecView> pods, String name, String protocol) {
    for (PodSpecView pod : pods) {
      for (ContainerView c : serving(pod)) {
        for (Node p : c.ports()) {
          if (name.equals(p.at("name").textOr(null)) && (protocol == null || p.at("protocol").textOr("TCP").equals(protocol))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * The declared port numbers when every selected pod declares some and none is {@code number};
   * empty when the number is declared or a pod declares nothing (it may listen anywhere).
   */
  private static Optional<String> numeric(long number, List<PodSpecView> pods) {
    TreeSet<Long> declared = new TreeSet<>();
    for (PodSpecView pod : pods) {
      List<Long> own = new ArrayList<>();
      for (ContainerView c : serving(pod)) {
        for (Node p : c.ports()) {
          OptionalLong n = p.at("containerPort").asLong();
          if (n.isPresent()) {
            own.add(n.getAsLong());
          }
        }
      }
      if (own.isEmpty() || own.contains(number)) {
        return Optional.empty();
      }
      declared.addAll(own);
    }
    return Optional.of(String.join(", ", declared.stream().map(String::valueOf).toList()));
  }
}
