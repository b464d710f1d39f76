package dev.seaworthy.rules.reliability;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ContainerRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.ContainerView;
import dev.seaworthy.core.view.PodSpecView;
import java.util.List;

@RuleInfo(
    id = "readiness-probe-missing",
    title = "Container behind a Service has no readiness probe",
    severity = Severity.MEDIUM,
    category = Category.RELIABILITY,
    description = """
        A Service sends traffic to every pod whose containers are all ready, and a container without \
        a readinessProbe counts as ready as soon as its process starts. New pods therefore receive \
        requests before the application listens, and an overloaded or warming-up pod is never taken \
        out of rotation, so rollouts and restarts show up as errors to clients. Only containers of \
        long-running pods that a Service in the audited input selects are checked: pods that take no \
        Service traffic do not need the probe.""",
    remediation = "Add a readinessProbe that succeeds only when the container can serve requests (for example an HTTP GET on a cheap /ready endpoint).",
    references = {
      "https://kubernetes.io/docs/concepts/configuration/liveness-readiness-startup-probes/",
      "https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/",
      "https://docs.aws.amazon.com/eks/latest/best-practices/application.html"
    },
    equivalents = {
      "polaris:readinessProbeMissing",
      "kube-score:pod-probes",
      "kube-linter:no-readiness-probe",
      "kubescape:C-0018",
      "checkov:CKV_K8S_9",
      "hardeneks:check_readiness_probes"
    },
    example = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          replicas: 3
          selector:
            matchLabels: {app: web}
          template:
            metadata:
              labels: {app: web}
            spec:
              containers:
                - name: web
                  image: nginx:1.27
                  ports:
                    - {name: http, containerPort: 80}
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        spec:
          selector: {app: web}
          ports:
            - {port: 80, targetPort: http}
        """,
    fixedExample = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          replicas: 3
          selector:
            matchLabels: {app: web}
          template:
            metadata:
              labels: {app: web}
            spec:
              containers:
                - name: web
                  image: nginx:1.27
                  ports:
                    - {name: http, containerPort: 80}
                  readinessProbe:
                    httpGet: {path: /, port: http}
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        spec:
          selector: {app: web}
          ports:
            - {port: 80, targetPort: http}
        """)
public final class ReadinessProbeMissing implements ContainerRule {

  @Override
  public boolean appliesTo(ContainerView container) {
    return container.type() == ContainerView.Type.CONTAINER && container.pod().isLongRunning();
  }

  @Override
  public List<Violation> check(ContainerView container, RuleContext context) {
    if (container.node().at("readinessProbe").isPresent()) {
      return List.of();
    }
    List<Resource> services = trafficServices(container.pod(), context);
    if (services.isEmpty() || !servesTraffic(container, services)) {
      return List.of();
    }
    String service = "Service \"" + services.get(0).name() + "\"" + (services.size() > 1 ? " (and " + (services.size() - 1) + " more)" : "");
    return Violation.one(
        container.node(),
        container.describe() + " has no readinessProbe, but " + service
            + " selects its pod: it gets traffic as soon as it starts and is never taken out of rotation when it cannot serve");
  }

  /**
   * Services whose endpoints follow readiness. An ExternalName Service has no endpoints, and one
   * that publishes not-ready addresses ignores readiness on purpose.
   */
  private static List<Resource> trafficServices(PodSpecView pod, RuleContext context) {
    return context.inventory().servicesSelecting(pod).stream()
        .filter(s -> !s.node().at("spec", "type").textOr("").equals("ExternalName"))
        .filter(s -> !s.node().at("spec", "publishNotReadyAddresses").asBoolean().orElse(false))
        .toList();
  }

  /**
   * In a pod with several containers, only those that declare a port some Service targets take the
   * traffic; a log shipper or proxy beside them does not. When no container declares such a port,
   * the input does not say which one serves, so every container counts.
   */
  private static boolean servesTraffic(ContainerView container, List<Resource> services) {
    List<ContainerView> regular = container.pod().containers();
    if (regular.size() <= 1) {
      return true;
    }
    boolean anyTargeted = false;
    for (ContainerView c : regular) {
      if (targeted(c, services)) {
        anyTargeted = true;
        if (c == container) {
          return true;
        }
      }
    }
    return !anyTargeted;
  }

  private static boolean targeted(ContainerView c, List<Resource> services) {
    for (Resource svc : services) {
      for (Node port : svc.node().at("spec", "ports").items()) {
        Node target = port.at("targetPort").isPresent() ? port.at("targetPort") : port.at("port");
        if (target.isScalar() && target.isPresent() && c.exposesPort(target)) {
          return true;
        }
      }
    }
    return false;
  }
}
