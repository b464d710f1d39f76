package dev.seaworthy.rules.resources;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.core.rule.ContainerRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.ContainerView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

@RuleInfo(
    id = "requests-exceed-limits",
    title = "Container requests more of a resource than its limit",
    severity = Severity.HIGH,
    category = Category.RESOURCES,
    checklist = {ChecklistItem.RESOURCE_QUOTAS},
    description = """
        Kubernetes requires every request to be at most the limit for the same resource. The API \
        server rejects a pod whose container asks for more than it may use, so a bare Pod fails to \
        apply and a Deployment, StatefulSet or Job never gets its pods: the controller keeps failing \
        to create them and the rollout stalls with only a FailedCreate event to show for it. \
        Quantities are compared by value, so 1 and 1000m are equal and 1Gi is more than 1G.""",
    remediation = "Lower the request or raise the limit so that every request is at most the matching limit.",
    references = {
      "https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/",
      "https://kubernetes.io/docs/reference/kubernetes-api/common-definitions/quantity/"
    },
    example = """
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
                  image: example.com/api:2.4.1
                  resources:
                    requests:
                      cpu: "2"
                      memory: 1Gi
                    limits:
                      cpu: 1500m
                      memory: 1Gi
        """,
    fixedExample = """
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
                  image: example.com/api:2.4.1
                  resources:
                    requests:
                      cpu: 1500m
                      memory: 1Gi
                    limits:
                      cpu: "2"
                      memory: 1Gi
        """)
public final class RequestsExceedLimits implements ContainerRule {

  @Override
  public boolean appliesTo(ContainerView container) {
    return MissingResource.applies(container);
  }

  @Override
  public List<Violation> check(ContainerView container, RuleContext context) {
    Map<String, Node> limits = container.resources().at("limits").entries();
    List<Violation> out = new ArrayList<>();
    for (Map.Entry<String, Node> request : container.resources().at("requests").entries().entrySet()) {
      Node limit = limits.get(request.getKey());
      if (limit == null) {
        continue;
      }
      // Unreadable or negative values are invalid-quantity's finding, not a comparison.
      if (QuantityValue.of(request.getValue()) instanceof QuantityValue.Valid req
          && QuantityValue.of(limit) instanceof QuantityValue.Valid lim
          && req.amount().signum() >= 0
          && lim.amount().signum() >= 0
          && req.amount().compareTo(lim.amount()) > 0) {
        out.add(
            Violation.of(
                request.getValue(),
                container.describe() + " requests " + request.getKey() + " " + shown(request.getValue())
                    + ", more than its limit of " + shown(limit) + "; the API server rejects the pod"));
      }
    }
    return out;
  }

  private static String shown(Node value) {
    return value.textOr("0");
  }
}
