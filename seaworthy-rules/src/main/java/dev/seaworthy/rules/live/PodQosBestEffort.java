package dev.seaworthy.rules.live;

import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.InventoryRule;
import dev.seaworthy.core.rule.LiveStateRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

@RuleInfo(
    id = "pod-qos-best-effort",
    title = "Running pod has the BestEffort QoS class in a production namespace",
    severity = Severity.MEDIUM,
    category = Category.RESOURCES,
    description = """
        The API server gives a pod the BestEffort QoS class when none of its containers requests or \
        limits CPU or memory. Such a pod is scheduled as if it needed nothing, so nodes fill past what \
        they can run, and it is the first to be evicted and OOM-killed when a node runs short of \
        memory. The class is read from the running pod (status.qosClass). Namespaces of the cluster \
        itself (kube-system, kube-public, kube-node-lease) and namespaces whose labels say dev, test, \
        staging, qa, sandbox or preview (env, environment or stage label) are not production. One \
        finding per controller: its first BestEffort pod stands for the others.""",
    remediation = "Set CPU and memory requests (and a memory limit) on every container of the workload, so its pods become Burstable or Guaranteed.",
    references = {
      "https://kubernetes.io/docs/concepts/workloads/pods/pod-qos/",
      "https://kubernetes.io/docs/concepts/scheduling-eviction/node-pressure-eviction/"
    },
    example = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: web-7d4b9c-x2k8p
          namespace: shop
        spec:
          containers:
            - name: app
              image: shop/web:1.4.2
        status:
          phase: Running
          qosClass: BestEffort
        """,
    fixedExample = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: web-7d4b9c-x2k8p
          namespace: shop
        spec:
          containers:
            - name: app
              image: shop/web:1.4.2
              resources:
                requests: {cpu: 250m, memory: 256Mi}
                limits: {memory: 256Mi}
        status:
          phase: Running
          qosClass: Burstable
        """)
public final class PodQosBestEffort implements InventoryRule, LiveStateRule {

  private static final Set<String> SYSTEM = Set.of("kube-system", "kube-public", "kube-node-lease");
  private static final Set<String> ENVIRONMENT_LABELS = Set.of("env", "environment", "stage");
  private static final Set<String> NOT_PRODUCTION =
      Set.of("dev", "development", "test", "testing", "staging", "stage", "qa", "sandbox", "preview", "ci");

  @Override
  public boolean appliesTo(Resource resource) {
    return resource.is("", "Pod") && resource.node().at("status", "qosClass").isPresent();
  }

  @Override
  public List<Violation> check(Resource pod, RuleContext context) {
    if (!bestEffortAndRunning(pod)) {
      return List.of();
    }
    Inventory inventory = context.inventory();
    String namespace = Inventory.namespaceOf(pod);
    if (SYSTEM.contains(namespace) || notProduction(inventory, namespace)) {
      return List.of();
    }
    Optional<Node> controller = controllerOf(pod);
    String others = "";
    if (controller.isPresent()) {
      String uid = controller.get().at("uid").textOr("");
      List<Resource> siblings = inventory.ofKind("Pod", namespace).stream()
          .filter(p -> p.is("", "Pod") && bestEffortAndRunning(p) && controllerOf(p).map(c -> c.at("uid").textOr("").equals(uid)).orElse(false))
          .sorted(Comparator.comparing(Resource::name))
          .toList();
      if (!siblings.isEmpty() && siblings.get(0) != pod) {
        return List.of(); // the first pod of the controller carries the finding for all of them
      }
      String owner = controller.get().at("kind").textOr("controller") + " \"" + controller.get().at("name").textOr("") + "\"";
      others = siblings.size() > 1 ? " (and " + (siblings.size() - 1) + " other pods of " + owner + ")" : " (of " + owner + ")";
    }
    return Violation.one(pod.node().at("status", "qosClass"), "pod \"" + pod.name() + "\"" + others
        + " runs with QoS class BestEffort: no container requests CPU or memory, so it is evicted first when the node runs short of memory");
  }

  private static boolean bestEffortAndRunning(Resource pod) {
    String phase = pod.node().at("status", "phase").textOr("");
    return pod.node().at("status", "qosClass").text().filter("BestEffort"::equals).isPresent()
        && (phase.equals("Running") || phase.equals("Pending"));
  }

  private static Optional<Node> controllerOf(Resource pod) {
    for (Node o : pod.node().at("metadata", "ownerReferences").items()) {
      if (o.at("controller").asBoolean().orElse(false)) {
        return Optional.of(o);
      }
    }
    return Optional.empty();
  }

  private static boolean notProduction(Inventory inventory, String namespace) {
    Optional<Resource> ns = inventory.ofKind("Namespace").stream().filter(n -> n.group().isEmpty() && n.name().equals(namespace)).findFirst();
    if (ns.isEmpty()) {
      return false;
    }
    for (String label : ENVIRONMENT_LABELS) {
      String value = ns.get().labels().getOrDefault(label, "").toLowerCase(Locale.ROOT);
      if (NOT_PRODUCTION.contains(value)) {
        return true;
      }
    }
    return false;
  }
}
