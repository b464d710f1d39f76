package dev.seaworthy.rules.resources;

import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.core.rule.PodSpecRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.ContainerView;
import dev.seaworthy.core.view.PodSpecView;
import dev.seaworthy.rules.resources.LimitRangeItems.Amount;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@RuleInfo(
    id = "pod-requests-exceed-quota",
    title = "One pod needs more than its namespace's whole ResourceQuota",
    severity = Severity.HIGH,
    category = Category.RESOURCES,
    checklist = {ChecklistItem.RESOURCE_QUOTAS},
    description = """
        The ResourceQuota admission plugin rejects a pod when admitting it would take the \
        namespace's usage above a hard limit. When a single pod already needs more CPU or memory \
        (requests or limits) than the quota allows in total, it can never be admitted, whatever else \
        runs in the namespace: a Deployment or StatefulSet is accepted but never gets a pod. The \
        pod's need is computed as Kubernetes does (the larger of the sum of its containers and \
        sidecars and its largest init container, or the pod-level resources) from the values \
        written in the manifest, which is a lower bound; quotas with scopes or a scopeSelector are \
        not judged, since they may not apply to the pod.""",
    remediation = "Lower the pod's requests and limits, or raise the ResourceQuota's hard limits above what one pod (times its replicas) needs.",
    references = {
      "https://kubernetes.io/docs/concepts/policy/resource-quotas/",
      "https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/"
    },
    example = """
        apiVersion: v1
        kind: ResourceQuota
        metadata:
          name: compute
          namespace: shop
        spec:
          hard:
            requests.cpu: "2"
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: batch
          namespace: shop
        spec:
          replicas: 1
          selector:
            matchLabels: {app: batch}
          template:
            metadata:
              labels: {app: batch}
            spec:
              containers:
                - name: worker
                  image: example/worker:3.1.0
                  resources:
                    requests: {cpu: "4"}
        """,
    fixedExample = """
        apiVersion: v1
        kind: ResourceQuota
        metadata:
          name: compute
          namespace: shop
        spec:
          hard:
            requests.cpu: "8"
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: batch
          namespace: shop
        spec:
          replicas: 1
          selector:
            matchLabels: {app: batch}
          template:
            metadata:
              labels: {app: batch}
            spec:
              containers:
                - name: worker
                  image: example/worker:3.1.0
                  resources:
                    requests: {cpu: "4"}
        """)
public final class PodRequestsExceedQuota implements PodSpecRule {

  /** A quota key, the container-side resource it sums, and whether it counts requests or limits. */
  private record Tracked(String key, String side, String resource) {}

  private static final List<Tracked> TRACKED =
      List.of(
          new Tracked("requests.cpu", "requests", "cpu"),
          new Tracked("cpu", "requests", "cpu"),
          new Tracked("requests.memory", "requests", "memory"),
          new Tracked("memory", "requests", "memory"),
          new Tracked("limits.cpu", "limits", "cpu"),
          new Tracked("limits.memory", "limits", "memory"));

  @Override
  public boolean appliesTo(PodSpecView pod) {
    return !NamespaceScope.hasOwner(pod.resource());
  }

  @Override
  public List<Violation> check(PodSpecView pod, RuleContext context) {
    List<Violation> out = new ArrayList<>();
    for (Resource quota : context.inventory().ofKind("ResourceQuota", Inventory.namespaceOf(pod.resource()))) {
      Node spec = quota.node().at("spec");
      if (!quota.group().isEmpty() || spec.at("scopes").isPresent() || spec.at("scopeSelector").isPresent()) {
        continue;
      }
      for (Tracked t : TRACKED) {
        Optional<Amount> hard = LimitRangeItems.amount(spec.at("hard", t.key()));
        if (hard.isEmpty()) {
          continue;
        }
        BigDecimal need = podNeed(pod, t.side(), t.resource());
        if (need.compareTo(hard.get().value()) > 0) {
          String noun = t.side().equals("requests") ? "requests" : "has limits of";
          out.add(Violation.of(
              pod.anchor(),
              "one pod of " + NamespaceScope.describe(pod.resource()) + " " + noun + " at least " + LimitRangeItems.format(t.resource(), need) + " "
                  + t.resource() + ", more than the hard " + t.key() + " of " + hard.get().shown() + " in ResourceQuota \"" + quota.name()
                  + "\" for the whole namespace: admission can never admit it, so " + never(pod.resource())));
        }
      }
    }
    return out;
  }

  /**
   * What one pod counts against the quota, from the written values: pod-level resources when set,
   * else the larger of (regular containers + sidecars) and each init container. A missing request
   * counts as its limit, as Kubernetes defaults it; anything else missing counts as zero, so the
   * result never exceeds what Kubernetes computes.
   */
  static BigDecimal podNeed(PodSpecView pod, String side, String resource) {
    Optional<Amount> podLevel = LimitRangeItems.amount(pod.spec().at("resources", side, resource));
    if (podLevel.isPresent()) {
      return podLevel.get().value();
    }
    BigDecimal running = BigDecimal.ZERO;
    BigDecimal largestInit = BigDecimal.ZERO;
    for (ContainerView c : pod.allContainers()) {
      if (c.type() == ContainerView.Type.EPHEMERAL) {
        continue;
      }
      BigDecimal value = containerValue(c, side, resource);
      if (c.isLongLived()) {
        running = running.add(value);
      } else {
        largestInit = largestInit.max(value);
      }
    }
    return running.max(largestInit);
  }

  /** A container's request for a resource (its limit when the request is left out), zero when neither is written. */
  static BigDecimal containerNeed(ContainerView c, String resource) {
    return containerValue(c, "requests", resource);
  }

  private static BigDecimal containerValue(ContainerView c, String side, String resource) {
    Optional<Amount> own = LimitRangeItems.amount(c.resources().at(side, resource));
    if (own.isEmpty() && side.equals("requests")) {
      own = LimitRangeItems.amount(c.resources().at("limits", resource));
    }
    return own.map(Amount::value).filter(v -> v.signum() > 0).orElse(BigDecimal.ZERO);
  }

  private static String never(Resource owner) {
    return owner.kind().equals("Pod") ? "the API server rejects the Pod" : "its controller cannot create any pod";
  }
}
