package dev.seaworthy.rules.observability;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.view.PodSpecView;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * Whether a pod's required node selection (nodeSelector and required node affinity) admits the
 * nodes of a source, answered three-valued: labels the input does not show make the answer UNKNOWN.
 */
final class NodeSelection {

  enum Answer {
    YES,
    NO,
    UNKNOWN;

    Answer and(Answer other) {
      if (this == NO || other == NO) {
        return NO;
      }
      return this == YES && other == YES ? YES : UNKNOWN;
    }

    Answer or(Answer other) {
      if (this == YES || other == YES) {
        return YES;
      }
      return this == NO && other == NO ? NO : UNKNOWN;
    }
  }

  private NodeSelection() {}

  static Answer admits(PodSpecView pod, NodeSource nodes) {
    Answer answer = Answer.YES;
    Node selector = pod.spec().at("nodeSelector");
    for (var e : selector.entries().entrySet()) {
      Optional<String> value = e.getValue().text();
      answer = answer.and(value.isEmpty() ? Answer.UNKNOWN : in(nodes, e.getKey(), List.of(value.get())));
    }
    Node terms = pod.spec().at("affinity", "nodeAffinity", "requiredDuringSchedulingIgnoredDuringExecution", "nodeSelectorTerms");
    if (terms.isPresent()) {
      Answer any = Answer.NO;
      if (terms.items().isEmpty()) {
        any = Answer.UNKNOWN;
      }
      for (Node term : terms.items()) {
        any = any.or(term(term, nodes));
      }
      answer = answer.and(any);
    }
    return answer;
  }

  /** Whether the pod asks for Windows nodes in so many words. */
  static boolean selectsWindows(PodSpecView pod) {
    if (pod.spec().at("nodeSelector", NodeSource.OS).textOr("").equals("windows")) {
      return true;
    }
    Node terms = pod.spec().at("affinity", "nodeAffinity", "requiredDuringSchedulingIgnoredDuringExecution", "nodeSelectorTerms");
    for (Node term : terms.items()) {
      for (Node expr : term.at("matchExpressions").items()) {
        if (expr.at("key").textOr("").equals(NodeSource.OS)
            && expr.at("operator").textOr("").equals("In")
            && expr.at("values").items().stream().anyMatch(v -> v.textOr("").equals("windows"))) {
          return true;
        }
      }
    }
    return false;
  }

  /** An empty term matches no node; expressions are ANDed. Field selectors are not judged. */
  private static Answer term(Node term, NodeSource nodes) {
    List<Node> exprs = term.at("matchExpressions").items();
    if (term.at("matchFields").isPresent() && !term.at("matchFields").items().isEmpty()) {
      return Answer.UNKNOWN;
    }
    if (exprs.isEmpty()) {
      return Answer.NO;
    }
    Answer all = Answer.YES;
    for (Node expr : exprs) {
      all = all.and(expression(expr, nodes));
    }
    return all;
  }

  private static Answer expression(Node expr, NodeSource nodes) {
    String key = expr.at("key").textOr("");
    List<String> values = expr.at("values").items().stream().map(v -> v.textOr("")).toList();
    return switch (expr.at("operator").textOr("")) {
      case "In" -> in(nodes, key, values);
      case "NotIn" -> not(in(nodes, key, values));
      case "Exists" -> exists(nodes, key);
      case "DoesNotExist" -> not(exists(nodes, key));
      case "Gt", "Lt" -> compare(nodes, key, values, expr.at("operator").textOr(""));
      default -> Answer.UNKNOWN;
    };
  }

  private static Answer in(NodeSource nodes, String key, List<String> values) {
    return switch (nodes.has(key)) {
      case PRESENT -> values.contains(nodes.label(key).orElse("")) ? Answer.YES : Answer.NO;
      case ABSENT -> Answer.NO;
      case UNKNOWN -> Answer.UNKNOWN;
    };
  }

  private static Answer exists(NodeSource nodes, String key) {
    return switch (nodes.has(key)) {
      case PRESENT -> Answer.YES;
      case ABSENT -> Answer.NO;
      case UNKNOWN -> Answer.UNKNOWN;
    };
  }

  private static Answer compare(NodeSource nodes, String key, List<String> values, String op) {
    if (nodes.has(key) == NodeSource.Known.ABSENT) {
      return Answer.NO;
    }
    if (values.size() != 1 || nodes.label(key).isEmpty()) {
      return Answer.UNKNOWN;
    }
    try {
      int c = new BigInteger(nodes.label(key).get()).compareTo(new BigInteger(values.get(0)));
      return (op.equals("Gt") ? c > 0 : c < 0) ? Answer.YES : Answer.NO;
    } catch (NumberFormatException e) {
      return Answer.UNKNOWN;
    }
  }

  private static Answer not(Answer a) {
    return switch (a) {
      case YES -> Answer.NO;
      case NO -> Answer.YES;
      case UNKNOWN -> Answer.UNKNOWN;
    };
  }
}
