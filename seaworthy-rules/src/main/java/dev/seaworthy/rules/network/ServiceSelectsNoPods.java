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
import dev.seaworthy.core.view.LabelSelector;
import java.util.List;
import java.util.Optional;

@RuleInfo(
    id = "service-selects-no-pods",
    title = "Service selects no pod of the audited input",
    severity = Severity.LOW,
    category = Category.NETWORK,
    description = """
        A Service routes to the pods whose labels match its selector, in its own namespace. When no \
        pod template matches (a typo, labels changed in the Deployment only, the Service in another \
        namespace), the Service has no endpoints: clients get connection refused or time out, and a \
        load balancer in front of it reports every target unhealthy. Selectors are matched against \
        the pod templates of every workload kind and against bare Pods. Services without a selector \
        (backed by EndpointSlices managed by hand) and ExternalName Services are skipped. Only \
        namespaces where the input has at least one pod-bearing object are judged, and the finding is \
        low severity because the pods may come from outside the audited input (a Helm chart, an \
        operator).""",
    remediation = "Make the Service selector match the labels of the pod template that should receive its traffic.",
    references = {
      "https://kubernetes.io/docs/concepts/services-networking/service/",
      "https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/"
    },
    equivalents = {"kube-score:service-targets-pod", "kube-linter:dangling-service", "kubescape:C-0293"},
    example = """
        apiVersion: v1
        kind: Service
        metadata:
          name: web
          namespace: shop
        spec:
          selector:
            app: website
          ports:
            - port: 80
              targetPort: 8080
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          namespace: shop
        spec:
          selector:
            matchLabels: {app: web}
          template:
            metadata:
              labels: {app: web}
            spec:
              containers:
                - name: web
                  image: example/web:1.0
        """,
    fixedExample = """
        apiVersion: v1
        kind: Service
        metadata:
          name: web
          namespace: shop
        spec:
          selector:
            app: web
          ports:
            - port: 80
              targetPort: 8080
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          namespace: shop
        spec:
          selector:
            matchLabels: {app: web}
          template:
            metadata:
              labels: {app: web}
            spec:
              containers:
                - name: web
                  image: example/web:1.0
        """)
public final class ServiceSelectsNoPods implements InventoryRule {

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
    String namespace = Inventory.namespaceOf(resource);
    if (NetworkScope.pods(inventory, namespace).isEmpty() || !Services.selected(inventory, resource, selector.get()).isEmpty()) {
      return List.of();
    }
    Node at = resource.node().at("spec", "selector");
    return Violation.one(
        at.position().isKnown() ? at : resource.node(),
        Services.describe(resource) + " selects pods with labels " + Selectors.describe(selector.get()) + ", and a pod template with these labels in namespace \""
            + namespace + "\" was not found in the audited input: unless they are deployed from elsewhere, the Service has no endpoints");
  }
}
