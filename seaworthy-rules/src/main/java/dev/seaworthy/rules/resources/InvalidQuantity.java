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
import dev.seaworthy.rules.resources.ResourceDefaults.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

@RuleInfo(
    id = "invalid-quantity",
    title = "Resource request or limit is not a valid quantity",
    severity = Severity.HIGH,
    category = Category.RESOURCES,
    checklist = {ChecklistItem.RESOURCE_QUOTAS},
    description = """
        Requests and limits must be Kubernetes quantities: a number with an optional binary suffix \
        (Ki, Mi, Gi, ...), decimal suffix (m, k, M, G, ...) or exponent (1e3). Values such as 1GB, \
        512mb, 1.5 cores or a negative number are rejected by the API server, so the pod (or every \
        pod of the workload) is never created. Plain YAML numbers such as 0.5 or 1000 are valid. \
        Typos like 1GB are common because other tools spell units that way.""",
    remediation = "Write the value as a Kubernetes quantity, for example `500m` for half a CPU or `512Mi` for memory.",
    references = {
      "https://kubernetes.io/docs/reference/kubernetes-api/common-definitions/quantity/",
      "https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/"
    },
    example = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: api
        spec:
          containers:
            - name: api
              image: example.com/api:2.4.1
              resources:
                requests:
                  cpu: 250m
                  memory: 512MB
                limits:
                  memory: 512MB
        """,
    fixedExample = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: api
        spec:
          containers:
            - name: api
              image: example.com/api:2.4.1
              resources:
                requests:
                  cpu: 250m
                  memory: 512M
                limits:
                  memory: 512M
        """)
public final class InvalidQuantity implements ContainerRule {

  @Override
  public boolean appliesTo(ContainerView container) {
    return MissingResource.applies(container);
  }

  @Override
  public List<Violation> check(ContainerView container, RuleContext context) {
    List<Violation> out = new ArrayList<>();
    for (Side side : Side.values()) {
      for (Map.Entry<String, Node> e : container.resources().at(side.field()).entries().entrySet()) {
        String what = container.describe() + " has " + e.getKey() + " " + side.noun() + " ";
        QuantityValue value = QuantityValue.of(e.getValue());
        if (value instanceof QuantityValue.Unreadable bad) {
          out.add(Violation.of(e.getValue(), what + bad.shown() + ", which is not a valid quantity; the API server rejects the pod"));
        } else if (value instanceof QuantityValue.Valid ok && ok.amount().signum() < 0) {
          out.add(Violation.of(e.getValue(), what + "\"" + e.getValue().textOr("") + "\", which is negative; the API server rejects the pod"));
        }
      }
    }
    return out;
  }
}
