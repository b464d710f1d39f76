package dev.seaworthy.kube.diagnose;

import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.view.LabelSelector;
import dev.seaworthy.core.view.Quantity;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A cluster's state as the analyzers read it: the objects of one snapshot, indexed, with the few
 * scheduling facts several analyzers share (what a node has left, whether a pod tolerates a taint,
 * whether a node matches a pod's selectors). {@code now} is passed in so results do not depend on the clock.
 */
public final class ClusterState {

  private final List<Resource> all;
  private final Inventory inventory;
  private final Instant now;
  private final Map<String, List<Resource>> eventsByObject = new HashMap<>();
  private final Map<String, List<Resource>> podsByNode = new HashMap<>();

  public ClusterState(List<Resource> resources, Instant now) {
    this.all = List.copyOf(resources);
    this.inventory = new Inventory(all);
    this.now = now;
    for (Resource e : inventory.ofKind("Event")) {
      Node o = e.node().at("involvedObject");
      eventsByObject.computeIfAbsent(key(o.at("kind").textOr(""), o.at("namespace").textOr(""), o.at("name").textOr("")), k -> new ArrayList<>()).add(e);
    }
    for (Resource p : pods()) {
      String node = p.node().at("spec", "nodeName").textOr("");
      if (!node.isEmpty() && !finished(p)) {
        podsByNode.computeIfAbsent(node, k -> new ArrayList<>()).add(p);
      }
    }
  }

  private static String key(String kind, String namespace, String name) {
    return kind + "/" + namespace + "/" + name;
  }

  public Instant now() {
    return now;
  }

  public List<Resource> all() {
    return all;
  }

  public List<Resource> ofKind(String kind) {
    return inventory.ofKind(kind);
  }

  public List<Resource> ofKind(String kind, String namespace) {
    return inventory.ofKind(kind, namespace);
  }

  public Optional<Resource> find(String kind, String namespace, String name) {
    return inventory.find(kind, namespace, name);
  }

  public List<Resource> pods() {
    return inventory.ofKind("Pod").stream().filter(r -> r.group().isEmpty()).toList();
  }

  public List<Resource> nodes() {
    return inventory.ofKind("Node");
  }

  /** Events about an object, newest last. */
  public List<Resource> eventsFor(Resource r) {
    List<Resource> events = new ArrayList<>(eventsByObject.getOrDefault(key(r.kind(), r.namespace(), r.name()), List.of()));
    events.sort(java.util.Comparator.comparing(ClusterState::eventTime));
    return events;
  }

  /** The newest event about the object with this reason, its message. */
  public Optional<String> lastEventMessage(Resource r, String reason) {
    List<Resource> events = eventsFor(r);
    for (int i = events.size() - 1; i >= 0; i--) {
      if (events.get(i).node().at("reason").text().filter(reason::equals).isPresent()) {
        return events.get(i).node().at("message").text();
      }
    }
    return Optional.empty();
  }

  static Instant eventTime(Resource e) {
    for (String field : List.of("lastTimestamp", "eventTime", "firstTimestamp")) {
      Optional<Instant> t = instant(e.node().at(field));
      if (t.isPresent()) {
        return t.get();
      }
    }
    return instant(e.node().at("metadata", "creationTimestamp")).orElse(Instant.EPOCH);
  }

  static Optional<Instant> instant(Node n) {
    try {
      return n.text().map(Instant::parse);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** Pods bound to a node that still hold its resources (not Succeeded or Failed). */
  public List<Resource> podsOn(String nodeName) {
    return podsByNode.getOrDefault(nodeName, List.of());
  }

  public static boolean finished(Resource pod) {
    String phase = pod.node().at("status", "phase").textOr("");
    return phase.equals("Succeeded") || phase.equals("Failed");
  }

  public static String ref(Resource r) {
    return r.ref();
  }

  public static Optional<Node> condition(Resource r, String type) {
    for (Node c : r.node().at("status", "conditions").items()) {
      if (c.at("type").text().filter(type::equals).isPresent()) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  public static boolean conditionIs(Resource r, String type, String status) {
    return condition(r, type).map(c -> c.at("status").text().filter(status::equals).isPresent()).orElse(false);
  }

  public static boolean ready(Resource node) {
    return conditionIs(node, "Ready", "True");
  }

  public static boolean cordoned(Resource node) {
    return node.node().at("spec", "unschedulable").asBoolean().orElse(false);
  }

  /** The pod's request for a resource: the sum over containers, or the largest init container if larger (as the scheduler counts). */
  public static BigDecimal request(Node podSpec, String resource) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Node c : podSpec.at("containers").items()) {
      sum = sum.add(quantity(c.at("resources", "requests", resource)));
    }
    BigDecimal init = BigDecimal.ZERO;
    for (Node c : podSpec.at("initContainers").items()) {
      init = init.max(quantity(c.at("resources", "requests", resource)));
    }
    BigDecimal total = sum.max(init);
    for (Map.Entry<String, Node> overhead : podSpec.at("overhead").entries().entrySet()) {
      if (overhead.getKey().equals(resource)) {
        total = total.add(quantity(overhead.getValue()));
      }
    }
    return total;
  }

  public static BigDecimal quantity(Node n) {
    return n.text().flatMap(Quantity::parse).map(Quantity::value).orElse(BigDecimal.ZERO);
  }

  public static Optional<BigDecimal> allocatable(Resource node, String resource) {
    return node.node().at("status", "allocatable", resource).text().flatMap(Quantity::parse).map(Quantity::value);
  }

  /** The NoSchedule/NoExecute taints of a node that the pod does not tolerate. */
  public static List<Node> untoleratedTaints(Resource node, Node podSpec) {
    List<Node> out = new ArrayList<>();
    for (Node taint : node.node().at("spec", "taints").items()) {
      String effect = taint.at("effect").textOr("");
      if (!effect.equals("NoSchedule") && !effect.equals("NoExecute")) {
        continue;
      }
      boolean tolerated = false;
      for (Node t : podSpec.at("tolerations").items()) {
        if (tolerates(t, taint)) {
          tolerated = true;
          break;
        }
      }
      if (!tolerated) {
        out.add(taint);
      }
    }
    return out;
  }

  static boolean tolerates(Node toleration, Node taint) {
    String key = toleration.at("key").textOr("");
    String operator = toleration.at("operator").textOr("Equal");
    String effect = toleration.at("effect").textOr("");
    if (!effect.isEmpty() && !effect.equals(taint.at("effect").textOr(""))) {
      return false;
    }
    if (key.isEmpty()) {
      return operator.equals("Exists");
    }
    if (!key.equals(taint.at("key").textOr(""))) {
      return false;
    }
    return operator.equals("Exists") || toleration.at("value").textOr("").equals(taint.at("value").textOr(""));
  }

  public static String describeTaint(Node taint) {
    String value = taint.at("value").textOr("");
    return taint.at("key").textOr("") + (value.isEmpty() ? "" : "=" + value) + ":" + taint.at("effect").textOr("");
  }

  /** Whether a node satisfies the pod's nodeSelector and required node affinity. */
  public static boolean matchesSelectors(Resource node, Node podSpec) {
    Map<String, String> labels = node.labels();
    for (Map.Entry<String, Node> e : podSpec.at("nodeSelector").entries().entrySet()) {
      if (!e.getValue().text().map(v -> v.equals(labels.get(e.getKey()))).orElse(false)) {
        return false;
      }
    }
    List<Node> terms = podSpec.at("affinity", "nodeAffinity", "requiredDuringSchedulingIgnoredDuringExecution", "nodeSelectorTerms").items();
    if (terms.isEmpty()) {
      return true;
    }
    for (Node term : terms) { // terms are ORed, expressions within a term ANDed
      boolean all = !term.at("matchExpressions").items().isEmpty();
      for (Node expr : term.at("matchExpressions").items()) {
        if (!nodeExpression(expr, labels)) {
          all = false;
          break;
        }
      }
      if (all) {
        return true;
      }
    }
    return false;
  }

  private static boolean nodeExpression(Node expr, Map<String, String> labels) {
    String key = expr.at("key").textOr("");
    List<String> values = expr.at("values").items().stream().map(v -> v.textOr("")).toList();
    String actual = labels.get(key);
    return switch (expr.at("operator").textOr("")) {
      case "In" -> actual != null && values.contains(actual);
      case "NotIn" -> actual == null || !values.contains(actual);
      case "Exists" -> actual != null;
      case "DoesNotExist" -> actual == null;
      case "Gt" -> actual != null && compareNumber(actual, values) > 0;
      case "Lt" -> actual != null && compareNumber(actual, values) < 0;
      default -> false;
    };
  }

  private static int compareNumber(String actual, List<String> values) {
    try {
      return Long.compare(Long.parseLong(actual), Long.parseLong(values.isEmpty() ? "" : values.get(0)));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** The pods in a namespace whose labels the selector matches. */
  public List<Resource> podsMatching(String namespace, LabelSelector selector) {
    return inventory.ofKind("Pod", namespace).stream().filter(p -> selector.matches(p.labels())).toList();
  }

  /** The object's controller reference (the owner with controller: true). */
  public static Optional<Node> controllerOf(Resource r) {
    for (Node o : r.node().at("metadata", "ownerReferences").items()) {
      if (o.at("controller").asBoolean().orElse(false)) {
        return Optional.of(o);
      }
    }
    return Optional.empty();
  }

  public static String namespaceFlag(Resource r) {
    return r.namespace().isEmpty() ? "" : " -n " + r.namespace();
  }
}
