package dev.seaworthy.rules.reliability;

import dev.seaworthy.core.model.MapNode;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.ScalarNode;
import dev.seaworthy.core.model.ScalarType;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ContainerRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.ContainerView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;

@RuleInfo(
    id = "liveness-equals-readiness",
    title = "Liveness probe is identical to the readiness probe",
    severity = Severity.MEDIUM,
    category = Category.RELIABILITY,
    description = """
        When the livenessProbe checks the same thing with the same thresholds and timings as the \
        readinessProbe, both fail at the same moment. A pod that is only slow (a burst of traffic, a \
        slow dependency, a long GC pause) is then restarted instead of just being taken out of \
        rotation, which drops its in-flight requests and moves its load to the other replicas, often \
        tipping them over too. Liveness should fail later than readiness, or check less.""",
    remediation = "Give the livenessProbe a higher failureThreshold (or a longer period) than the readinessProbe, or point it at a cheaper endpoint that checks only the process itself.",
    references = {
      "https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/",
      "https://docs.aws.amazon.com/eks/latest/best-practices/application.html"
    },
    equivalents = {"kube-score:pod-probes-identical"},
    example = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: api
        spec:
          containers:
            - name: api
              image: example/api:2.1.0
              readinessProbe:
                httpGet: {path: /health, port: 8080}
              livenessProbe:
                httpGet: {path: /health, port: 8080}
        """,
    fixedExample = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: api
        spec:
          containers:
            - name: api
              image: example/api:2.1.0
              readinessProbe:
                httpGet: {path: /health, port: 8080}
              livenessProbe:
                httpGet: {path: /health, port: 8080}
                failureThreshold: 6
        """)
public final class LivenessEqualsReadiness implements ContainerRule {

  /** Probe fields whose API defaults make "unset" and "set to the default" the same probe. */
  private static final Map<String, Long> DEFAULTS =
      Map.of("initialDelaySeconds", 0L, "periodSeconds", 10L, "timeoutSeconds", 1L, "successThreshold", 1L, "failureThreshold", 3L);

  private static final List<String> HANDLERS = List.of("httpGet", "tcpSocket", "grpc", "exec");

  @Override
  public List<Violation> check(ContainerView container, RuleContext context) {
    Node liveness = container.node().at("livenessProbe");
    Node readiness = container.node().at("readinessProbe");
    if (!hasHandler(liveness) || !readiness.isMap() || !same(liveness, readiness)) {
      return List.of();
    }
    return Violation.one(
        liveness,
        container.describe() + " has a livenessProbe identical to its readinessProbe: when the pod is merely slow, it is restarted instead of only taken out of rotation");
  }

  /** A probe without a handler is invalid on its own; comparing it would only add noise. */
  private static boolean hasHandler(Node probe) {
    return HANDLERS.stream().anyMatch(h -> probe.at(h).isPresent());
  }

  private static boolean same(Node liveness, Node readiness) {
    for (String field : DEFAULTS.keySet()) {
      OptionalLong a = effective(liveness, field);
      if (a.isEmpty() || !a.equals(effective(readiness, field))) {
        return false;
      }
    }
    Set<String> keys = new TreeSet<>(liveness.entries().keySet());
    keys.addAll(readiness.entries().keySet());
    for (String key : keys) {
      if (DEFAULTS.containsKey(key) || key.equals("terminationGracePeriodSeconds")) {
        continue; // compared above, or a field only liveness and startup probes have
      }
      if (!equal(normalized(liveness.at(key), key), normalized(readiness.at(key), key))) {
        return false;
      }
    }
    return true;
  }

  /** A timing as the kubelet uses it; empty when it cannot be read, so an odd value never matches. */
  private static OptionalLong effective(Node probe, String field) {
    Node n = probe.at(field);
    return n.isPresent() ? n.asLong() : OptionalLong.of(DEFAULTS.get(field));
  }

  /** httpGet without an explicit default scheme, so {@code scheme: HTTP} equals no scheme. */
  private static Node normalized(Node handler, String key) {
    if (!key.equals("httpGet") || !handler.isMap() || !handler.at("scheme").textOr("").equals("HTTP")) {
      return handler;
    }
    Map<String, Node> entries = new LinkedHashMap<>(handler.entries());
    entries.remove("scheme");
    return new MapNode(handler.position(), entries);
  }

  /** Structural equality that ignores positions; a missing side equals only a missing side. */
  private static boolean equal(Node a, Node b) {
    if (a.isMissing() || b.isMissing()) {
      return a.isMissing() && b.isMissing();
    }
    if (a instanceof ScalarNode sa && b instanceof ScalarNode sb) {
      if (sa.type() != sb.type()) {
        return false;
      }
      return sa.type() == ScalarType.INT ? sa.asLong().equals(sb.asLong()) : sa.value().equals(sb.value());
    }
    if (a.isMap() && b.isMap()) {
      Map<String, Node> ea = a.entries();
      Map<String, Node> eb = b.entries();
      if (!ea.keySet().equals(eb.keySet())) {
        return false;
      }
      for (String k : ea.keySet()) {
        if (!equal(ea.get(k), eb.get(k))) {
          return false;
        }
      }
      return true;
    }
    if (a.isList() && b.isList()) {
      List<Node> ia = a.items();
      List<Node> ib = b.items();
      if (ia.size() != ib.size()) {
        return false;
      }
      for (int i = 0; i < ia.size(); i++) {
        if (!equal(ia.get(i), ib.get(i))) {
          return false;
        }
      }
      return true;
    }
    return false;
  }
}
