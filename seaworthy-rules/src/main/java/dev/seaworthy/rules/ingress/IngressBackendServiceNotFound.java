package dev.seaworthy.rules.ingress;

import dev.seaworthy.core.inventory.Inventory;
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
import java.util.Set;
import java.util.TreeSet;

/**
 * A backend Service of an Ingress (any controller) that the input does not have in the Ingress's
 * namespace. Partial input is the norm, so this is low and says "not found in the audited input".
 * Each Service is reported once, at its first reference. Backends whose port is "use-annotation"
 * name an AWS Load Balancer Controller action, not a Service (kube-linter's dangling-ingress flags
 * them).
 */
@RuleInfo(
    id = "ingress-backend-service-not-found",
    title = "Ingress backend Service is not in the audited input",
    severity = Severity.LOW,
    category = Category.INGRESS,
    description = """
        An Ingress routes to Services in its own namespace only. When the Service a rule or the \
        default backend names does not exist, the controller has nothing to send that traffic to: the \
        AWS Load Balancer Controller fails to reconcile the whole Ingress (and its IngressGroup), \
        ingress-nginx answers 503. The Service is not in the audited input; it may exist in the \
        cluster, so check the name and namespace, or audit the Service together with the Ingress.""",
    remediation = "Point the backend at an existing Service in the Ingress's namespace (or create it), and audit both together.",
    references = {
      "https://kubernetes.io/docs/concepts/services-networking/ingress/#ingress-rules",
      "https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/ingress/annotations/#actions"
    },
    equivalents = {"kube-score:ingress-targets-service", "kube-linter:dangling-ingress", "kubescape:C-0298"},
    example = """
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: main-ingress
          namespace: production
        spec:
          ingressClassName: alb
          rules:
            - host: api.example.com
              http:
                paths:
                  - path: /
                    pathType: Prefix
                    backend:
                      service:
                        name: api-service
                        port:
                          number: 8080
        """,
    fixedExample = """
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: main-ingress
          namespace: production
        spec:
          ingressClassName: alb
          rules:
            - host: api.example.com
              http:
                paths:
                  - path: /
                    pathType: Prefix
                    backend:
                      service:
                        name: api-service
                        port:
                          number: 8080
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: api-service
          namespace: production
        spec:
          selector:
            app: api
          ports:
            - name: http
              port: 8080
              targetPort: 8080
        """)
public final class IngressBackendServiceNotFound implements InventoryRule {

  @Override
  public boolean appliesTo(Resource resource) {
    return IngressBackends.isIngress(resource);
  }

  @Override
  public List<Violation> check(Resource resource, RuleContext context) {
    Inventory inventory = context.inventory();
    String namespace = Inventory.namespaceOf(resource);
    Set<String> reported = new HashSet<>();
    List<Violation> out = new ArrayList<>();
    for (IngressBackends.Backend backend : IngressBackends.of(resource)) {
      if (backend.isAlbAction() || IngressBackends.service(inventory, resource, backend).isPresent() || !reported.add(backend.name())) {
        continue;
      }
      StringBuilder message = new StringBuilder("backend Service \"").append(backend.name())
          .append("\" is not found in the audited input (namespace \"").append(namespace).append("\")");
      Set<String> elsewhere = new TreeSet<>();
      for (Resource svc : inventory.ofKind("Service")) {
        if (svc.group().isEmpty() && svc.name().equals(backend.name()) && !Inventory.namespaceOf(svc).equals(namespace)) {
          elsewhere.add(Inventory.namespaceOf(svc));
        }
      }
      if (!elsewhere.isEmpty()) {
        message.append("; a Service of that name is in namespace ").append(String.join(", ", elsewhere))
            .append(", but an Ingress can only route to Services in its own namespace");
      }
      out.add(Violation.of(backend.serviceName(), message.toString()));
    }
    return out;
  }
}
