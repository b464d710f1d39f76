package dev.seaworthy.rules.reliability;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.Fix;
import dev.seaworthy.core.rule.InventoryRule;
import dev.seaworthy.core.rule.PatchOp;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.PodSpecView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@RuleInfo(
    id = "replicas-not-spread-across-zones",
    title = "Replicas are not spread across Availability Zones",
    severity = Severity.LOW,
    category = Category.RELIABILITY,
    description = """
        An EKS cluster spans several Availability Zones so that it survives the loss of one, but \
        nothing makes the scheduler place a workload's replicas in different zones: without a \
        topologySpreadConstraint or a pod anti-affinity term on topology.kubernetes.io/zone, only \
        the scheduler's soft default spreading applies, and all replicas may land in one zone (for \
        example after a scale-up on freshly launched nodes) and go down with it. Spreading over \
        kubernetes.io/hostname protects against a node failure, not a zone failure. Checked for \
        Deployments and StatefulSets with at least two replicas; pods pinned to one zone by a \
        nodeSelector or required node affinity are left alone, as the single zone is deliberate.""",
    remediation = "Add a topologySpreadConstraint on topology.kubernetes.io/zone (maxSkew: 1, whenUnsatisfiable: ScheduleAnyway, labelSelector matching the pods), or a preferred pod anti-affinity term on that key.",
    references = {
      "https://kubernetes.io/docs/concepts/scheduling-eviction/topology-spread-constraints/",
      "https://docs.aws.amazon.com/eks/latest/best-practices/application.html",
      "https://docs.aws.amazon.com/eks/latest/best-practices/reliability.html"
    },
    equivalents = {
      "kube-score:deployment-has-host-podantiaffinity",
      "kube-score:statefulset-has-host-podantiaffinity",
      "kube-linter:no-anti-affinity",
      "polaris:topologySpreadConstraint",
      "hardeneks:schedule_replicas_across_nodes"
    },
    example = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          namespace: shop
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
        """,
    fixedExample = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          namespace: shop
        spec:
          replicas: 3
          selector:
            matchLabels: {app: web}
          template:
            metadata:
              labels: {app: web}
            spec:
              topologySpreadConstraints:
                - maxSkew: 1
                  topologyKey: topology.kubernetes.io/zone
                  whenUnsatisfiable: ScheduleAnyway
                  labelSelector:
                    matchLabels: {app: web}
              containers:
                - name: web
                  image: nginx:1.27
        """)
public final class ReplicasNotSpreadAcrossZones implements InventoryRule {

  static final String ZONE = "topology.kubernetes.io/zone";
  private static final Set<String> ZONE_KEYS = Set.of(ZONE, "failure-domain.beta.kubernetes.io/zone", "topology.ebs.csi.aws.com/zone");
  private static final Set<String> NODE_KEYS = Set.of("kubernetes.io/hostname");

  @Override
  public boolean appliesTo(Resource resource) {
    return (resource.is("apps", "Deployment") || resource.is("apps", "StatefulSet")) && !Workloads.hasOwner(resource);
  }

  @Override
  public List<Violation> check(Resource resource, RuleContext context) {
    Optional<Replicas> count = Replicas.of(resource, context.inventory());
    Optional<PodSpecView> view = PodSpecView.of(resource);
    if (count.isEmpty() || count.get().min() < 2 || view.isEmpty()) {
      return List.of();
    }
    PodSpecView pod = view.get();
    List<String> keys = spreadKeys(pod.spec());
    if (keys.stream().anyMatch(ZONE_KEYS::contains) || pinnedToOneZone(pod.spec())) {
      return List.of();
    }
    boolean nodeSpread = keys.stream().anyMatch(NODE_KEYS::contains);
    String what = Workloads.describe(resource) + " runs " + count.get().describeRunning();
    String message = nodeSpread
        ? what + " spread across nodes (kubernetes.io/hostname) but not across zones: no topologySpreadConstraint or pod anti-affinity uses "
            + ZONE + ", so all replicas may land in one Availability Zone and go down with it"
        : what + " with no topologySpreadConstraint or pod anti-affinity on " + ZONE
            + ": only the scheduler's soft default spreading applies, so all replicas may land in one Availability Zone and go down with it";
    Node tsc = pod.spec().at("topologySpreadConstraints");
    Node affinity = pod.spec().at("affinity");
    Node anchor = tsc.isList() && tsc.position().isKnown() ? tsc : affinity.isMap() && affinity.position().isKnown() ? affinity : pod.anchor();
    Violation violation = Violation.of(anchor, message);
    Optional<Map<String, String>> labels = selectorLabels(resource);
    if (labels.isPresent() && (tsc.isList() || tsc.isMissing())) {
      Map<String, Object> constraint = new LinkedHashMap<>();
      constraint.put("maxSkew", 1);
      constraint.put("topologyKey", ZONE);
      constraint.put("whenUnsatisfiable", "ScheduleAnyway");
      constraint.put("labelSelector", Map.of("matchLabels", labels.get()));
      PatchOp op = tsc.isList()
          ? PatchOp.add(pod.specPointer() + "/topologySpreadConstraints/-", constraint)
          : PatchOp.add(pod.specPointer() + "/topologySpreadConstraints", List.of(constraint));
      violation = violation.withFix(Fix.of("Spread the pods across zones (soft: ScheduleAnyway)", op));
    }
    return List.of(violation);
  }

  /** Topology keys of the spread constraints and pod anti-affinity terms, required or preferred. */
  private static List<String> spreadKeys(Node spec) {
    List<String> keys = new ArrayList<>();
    spec.at("topologySpreadConstraints").items().forEach(c -> c.at("topologyKey").text().ifPresent(keys::add));
    Node anti = spec.at("affinity", "podAntiAffinity");
    anti.at("requiredDuringSchedulingIgnoredDuringExecution").items().forEach(t -> t.at("topologyKey").text().ifPresent(keys::add));
    anti.at("preferredDuringSchedulingIgnoredDuringExecution").items()
        .forEach(t -> t.at("podAffinityTerm", "topologyKey").text().ifPresent(keys::add));
    return keys;
  }

  /** A nodeSelector on a zone key, or required node affinity whose every term allows exactly one zone. */
  private static boolean pinnedToOneZone(Node spec) {
    for (String key : spec.at("nodeSelector").entries().keySet()) {
      if (ZONE_KEYS.contains(key)) {
        return true;
      }
    }
    List<Node> terms = spec.at("affinity", "nodeAffinity", "requiredDuringSchedulingIgnoredDuringExecution", "nodeSelectorTerms").items();
    if (terms.isEmpty()) {
      return false;
    }
    for (Node term : terms) {
      boolean pinned = term.at("matchExpressions").items().stream()
          .anyMatch(e -> ZONE_KEYS.contains(e.at("key").textOr(""))
              && e.at("operator").textOr("").equals("In")
              && e.at("values").items().size() == 1);
      if (!pinned) {
        return false;
      }
    }
    return true;
  }

  /** The workload's matchLabels, when they alone select its pods (no matchExpressions). */
  private static Optional<Map<String, String>> selectorLabels(Resource resource) {
    Node selector = resource.node().at("spec", "selector");
    if (selector.at("matchExpressions").isPresent()) {
      return Optional.empty();
    }
    Map<String, String> labels = new LinkedHashMap<>();
    for (Map.Entry<String, Node> e : selector.at("matchLabels").entries().entrySet()) {
      if (e.getValue().text().isEmpty()) {
        return Optional.empty();
      }
      labels.put(e.getKey(), e.getValue().text().get());
    }
    return labels.isEmpty() ? Optional.empty() : Optional.of(labels);
  }
}
