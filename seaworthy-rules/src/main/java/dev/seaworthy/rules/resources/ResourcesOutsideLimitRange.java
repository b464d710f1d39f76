package dev.seaworthy.rules.resources;

import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.core.rule.ContainerRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.ContainerView;
import dev.seaworthy.rules.resources.LimitRangeItems.Amount;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@RuleInfo(
    id = "resources-outside-limit-range",
    title = "Container requests or limits are outside its namespace's LimitRange",
    severity = Severity.HIGH,
    category = Category.RESOURCES,
    checklist = {ChecklistItem.RESOURCE_QUOTAS},
    description = """
        The LimitRanger admission plugin rejects any pod with a container (or init container) whose \
        limit or request is above the max of a type Container LimitRange item of its namespace, \
        whose request or limit is below its min, or whose limit-to-request ratio is above its \
        maxLimitRequestRatio. For a Deployment or StatefulSet the workload object is accepted and \
        its controller then fails to create any pod, so the rollout hangs with no running \
        replicas. Only values written on the container are compared (a missing request counts as \
        its limit, as Kubernetes defaults it), against the LimitRanges of the namespace found in the \
        audited input.""",
    remediation = "Bring the container's requests and limits within the LimitRange's min and max (or change the LimitRange if the workload really needs more).",
    references = {
      "https://kubernetes.io/docs/concepts/policy/limit-range/",
      "https://kubernetes.io/docs/tasks/administer-cluster/manage-resources/memory-constraint-namespace/"
    },
    example = """
        apiVersion: v1
        kind: LimitRange
        metadata:
          name: limits
          namespace: shop
        spec:
          limits:
            - type: Container
              max: {memory: 8Gi}
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: cache
          namespace: shop
        spec:
          replicas: 2
          selector:
            matchLabels: {app: cache}
          template:
            metadata:
              labels: {app: cache}
            spec:
              containers:
                - name: redis
                  image: redis:7.4
                  resources:
                    limits: {memory: 16Gi}
        """,
    fixedExample = """
        apiVersion: v1
        kind: LimitRange
        metadata:
          name: limits
          namespace: shop
        spec:
          limits:
            - type: Container
              max: {memory: 8Gi}
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: cache
          namespace: shop
        spec:
          replicas: 2
          selector:
            matchLabels: {app: cache}
          template:
            metadata:
              labels: {app: cache}
            spec:
              containers:
                - name: redis
                  image: redis:7.4
                  resources:
                    limits: {memory: 8Gi}
        """)
public final class ResourcesOutsideLimitRange implements ContainerRule {

  @Override
  public boolean appliesTo(ContainerView container) {
    return container.type() != ContainerView.Type.EPHEMERAL && !NamespaceScope.hasOwner(container.pod().resource());
  }

  @Override
  public List<Violation> check(ContainerView container, RuleContext context) {
    Resource owner = container.pod().resource();
    List<Violation> out = new ArrayList<>();
    for (Resource range : context.inventory().ofKind("LimitRange", Inventory.namespaceOf(owner))) {
      if (!LimitRangeItems.isLimitRange(range)) {
        continue;
      }
      for (Node item : LimitRangeItems.items(range)) {
        if (item.at("type").textOr("").equals("Container")) {
          checkItem(container, range, item, out);
        }
      }
    }
    return out;
  }

  private static void checkItem(ContainerView container, Resource range, Node item, List<Violation> out) {
    String bound = "LimitRange \"" + range.name() + "\"";
    String consequence = ": admission rejects " + pods(container.pod().resource());
    for (Map.Entry<String, Amount> max : LimitRangeItems.amounts(item.at("max")).entrySet()) {
      String k = max.getKey();
      Optional<Amount> limit = written(container, "limits", k);
      Optional<Amount> request = written(container, "requests", k);
      if (limit.isPresent() && limit.get().value().compareTo(max.getValue().value()) > 0) {
        out.add(Violation.of(limit.get().node(), container.describe() + " has a " + k + " limit of " + limit.get().shown()
            + ", above the max of " + max.getValue().shown() + " per container in " + bound + consequence));
      } else if (request.isPresent() && request.get().value().compareTo(max.getValue().value()) > 0) {
        out.add(Violation.of(request.get().node(), container.describe() + " requests " + request.get().shown() + " " + k
            + ", above the max of " + max.getValue().shown() + " per container in " + bound + consequence));
      }
    }
    for (Map.Entry<String, Amount> min : LimitRangeItems.amounts(item.at("min")).entrySet()) {
      String k = min.getKey();
      Optional<Amount> limit = written(container, "limits", k);
      Optional<Amount> request = written(container, "requests", k).or(() -> limit);
      if (request.isPresent() && request.get().value().compareTo(min.getValue().value()) < 0) {
        String what = request.get() == limit.orElse(null) ? "a " + k + " limit (and so a request) of " : "a " + k + " request of ";
        out.add(Violation.of(request.get().node(), container.describe() + " has " + what + request.get().shown()
            + ", below the min of " + min.getValue().shown() + " per container in " + bound + consequence));
      } else if (limit.isPresent() && limit.get().value().compareTo(min.getValue().value()) < 0) {
        out.add(Violation.of(limit.get().node(), container.describe() + " has a " + k + " limit of " + limit.get().shown()
            + ", below the min of " + min.getValue().shown() + " per container in " + bound + consequence));
      }
    }
    for (Map.Entry<String, Amount> ratio : LimitRangeItems.amounts(item.at("maxLimitRequestRatio")).entrySet()) {
      String k = ratio.getKey();
      Optional<Amount> limit = written(container, "limits", k);
      Optional<Amount> request = written(container, "requests", k);
      if (limit.isEmpty() || request.isEmpty() || request.get().value().signum() <= 0) {
        continue;
      }
      BigDecimal observed = limit.get().value().divide(request.get().value(), MathContext.DECIMAL64);
      if (observed.compareTo(ratio.getValue().value()) > 0) {
        out.add(Violation.of(limit.get().node(), container.describe() + " has a " + k + " limit of " + limit.get().shown() + " for a request of "
            + request.get().shown() + ", a ratio above the maxLimitRequestRatio of " + ratio.getValue().shown() + " in " + bound + consequence));
      }
    }
  }

  private static Optional<Amount> written(ContainerView container, String side, String resource) {
    return LimitRangeItems.amount(container.resources().at(side, resource));
  }

  /** What admission rejects: the Pod itself, or every pod the workload's controller tries to create. */
  static String pods(Resource owner) {
    return owner.kind().equals("Pod") ? "the Pod" : "every pod of " + NamespaceScope.describe(owner) + ", so its controller cannot create any";
  }
}
