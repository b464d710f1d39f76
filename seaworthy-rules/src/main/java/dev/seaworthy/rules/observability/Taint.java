package dev.seaworthy.rules.observability;

import dev.seaworthy.core.model.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A node taint that keeps pods without a matching toleration off the node. */
record Taint(String key, String value, String effect) {

  private static final Set<String> BLOCKING = Set.of("NoSchedule", "NoExecute");

  /**
   * Taints that come and go with node conditions, autoscaler and Karpenter bookkeeping or agent
   * start-up, plus Fargate's and the control plane's: a DaemonSet that does not tolerate them is
   * normal (the DaemonSet controller adds the condition tolerations itself).
   */
  private static final List<String> TRANSIENT_PREFIXES =
      List.of("node.kubernetes.io/", "node.cloudprovider.kubernetes.io/", "node-role.kubernetes.io/");

  private static final Set<String> TRANSIENT_KEYS =
      Set.of(
          "ToBeDeletedByClusterAutoscaler",
          "DeletionCandidateOfClusterAutoscaler",
          "karpenter.sh/disrupted",
          "karpenter.sh/disruption",
          "karpenter.sh/unregistered",
          "eks.amazonaws.com/compute-type");

  /** {@code key=value:Effect}, as kubectl prints it. */
  String describe() {
    return key + (value.isEmpty() ? "" : "=" + value) + ":" + effect;
  }

  /** Only NoSchedule and NoExecute keep a pod off; PreferNoSchedule is a hint. */
  boolean blocksScheduling() {
    return BLOCKING.contains(effect) && !key.isEmpty() && !isTransient();
  }

  private boolean isTransient() {
    return TRANSIENT_KEYS.contains(key) || TRANSIENT_PREFIXES.stream().anyMatch(key::startsWith) || key.endsWith("/agent-not-ready");
  }

  /** Whether one toleration of a pod tolerates this taint (the scheduler's matching rules). */
  boolean toleratedBy(Node toleration) {
    if (!toleration.isMap()) {
      return false;
    }
    String tEffect = toleration.at("effect").textOr("");
    if (!tEffect.isEmpty() && !tEffect.equals(effect)) {
      return false;
    }
    String tKey = toleration.at("key").textOr("");
    String operator = toleration.at("operator").textOr("Equal");
    if (operator.equals("Exists")) {
      return tKey.isEmpty() || tKey.equals(key);
    }
    if (!operator.equals("Equal") || tKey.isEmpty()) {
      return false;
    }
    return tKey.equals(key) && toleration.at("value").textOr("").equals(value);
  }

  boolean toleratedByAny(List<Node> tolerations) {
    return tolerations.stream().anyMatch(this::toleratedBy);
  }

  /** Kubernetes taints: a list of {@code {key, value, effect}}. */
  static List<Taint> listOf(Node taints) {
    List<Taint> out = new ArrayList<>();
    for (Node t : taints.items()) {
      Optional<String> key = t.at("key").text();
      Optional<String> effect = t.at("effect").text();
      if (key.isPresent() && effect.isPresent()) {
        out.add(new Taint(key.get(), t.at("value").textOr(""), effect.get()));
      }
    }
    return out;
  }
}
