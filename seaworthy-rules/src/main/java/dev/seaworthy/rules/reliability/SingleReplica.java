package dev.seaworthy.rules.reliability;

import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.InventoryRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import java.util.List;
import java.util.OptionalLong;

@RuleInfo(
    id = "single-replica",
    title = "Deployment or StatefulSet runs a single replica",
    severity = Severity.MEDIUM,
    category = Category.RELIABILITY,
    description = """
        With one replica, every node drain, node replacement, Spot interruption, eviction and crash \
        is an outage until a new pod is scheduled, pulled and ready, and a PodDisruptionBudget cannot \
        help because it would block the drain instead. An unset spec.replicas defaults to 1. \
        Workloads scaled by a HorizontalPodAutoscaler (or a KEDA ScaledObject) in the audited input \
        are not reported, since the autoscaler owns the replica count; replicas: 0 (parked) is not \
        reported either.""",
    remediation = "Run at least two replicas (spread over nodes and zones), or let a HorizontalPodAutoscaler with minReplicas of 2 or more manage the count.",
    references = {
      "https://docs.aws.amazon.com/eks/latest/best-practices/application.html",
      "https://kubernetes.io/docs/concepts/workloads/controllers/deployment/#replicas"
    },
    equivalents = {
      "polaris:deploymentMissingReplicas",
      "kube-score:deployment-replicas",
      "kube-linter:minimum-three-replicas",
      "hardeneks:run_multiple_replicas"
    },
    example = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
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
        """)
public final class SingleReplica implements InventoryRule {

  @Override
  public boolean appliesTo(Resource resource) {
    return resource.is("apps", "Deployment") || resource.is("apps", "StatefulSet");
  }

  @Override
  public List<Violation> check(Resource resource, RuleContext context) {
    Node replicas = resource.node().at("spec", "replicas");
    boolean unset = !replicas.isPresent();
    OptionalLong count = unset ? OptionalLong.of(1) : replicas.asLong();
    if (count.isEmpty() || count.getAsLong() != 1) {
      return List.of();
    }
    if (!context.inventory().autoscalersOf(resource).isEmpty() || scaledByKeda(resource, context.inventory())) {
      return List.of();
    }
    return Violation.one(
        unset ? Workloads.specOrObject(resource) : replicas,
        Workloads.describe(resource) + " runs 1 replica" + (unset ? " (spec.replicas is unset)" : "")
            + " and no HorizontalPodAutoscaler targeting it was found in the audited input: every drain, eviction or crash is an outage");
  }

  /** KEDA creates the HPA itself, so manifests show only the ScaledObject. */
  private static boolean scaledByKeda(Resource workload, Inventory inventory) {
    for (Resource so : inventory.ofKind("ScaledObject", Inventory.namespaceOf(workload))) {
      Node ref = so.node().at("spec", "scaleTargetRef");
      if (so.group().equals("keda.sh")
          && ref.at("kind").textOr("Deployment").equals(workload.kind())
          && ref.at("name").textOr("").equals(workload.name())) {
        return true;
      }
    }
    return false;
  }
}
