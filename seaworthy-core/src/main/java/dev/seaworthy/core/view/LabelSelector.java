package dev.seaworthy.core.view;

import dev.seaworthy.core.model.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A label selector with the API's semantics: {@code matchLabels} and {@code matchExpressions}
 * (In, NotIn, Exists, DoesNotExist), all ANDed. An empty selector matches everything; a selector
 * that could not be read matches nothing.
 */
public record LabelSelector(Map<String, String> matchLabels, List<Requirement> expressions, boolean valid) {

  /** One {@code matchExpressions} entry. */
  public record Requirement(String key, String operator, Set<String> values) {
    public boolean matches(Map<String, String> labels) {
      String v = labels.get(key);
      return switch (operator) {
        case "In" -> v != null && values.contains(v);
        case "NotIn" -> v == null || !values.contains(v);
        case "Exists" -> v != null;
        case "DoesNotExist" -> v == null;
        default -> false;
      };
    }
  }

  public LabelSelector {
    matchLabels = Map.copyOf(matchLabels);
    expressions = List.copyOf(expressions);
  }

  public static final LabelSelector EVERYTHING = new LabelSelector(Map.of(), List.of(), true);

  /** A selector written as {@code {matchLabels, matchExpressions}} (Deployments, NetworkPolicies, PDBs). */
  public static LabelSelector of(Node selector) {
    if (selector.isMissing() || selector.isNull()) {
      return EVERYTHING;
    }
    if (!selector.isMap()) {
      return new LabelSelector(Map.of(), List.of(), false);
    }
    boolean valid = true;
    Map<String, String> labels = new TreeMap<>();
    for (Map.Entry<String, Node> e : selector.at("matchLabels").entries().entrySet()) {
      if (e.getValue().text().isPresent()) {
        labels.put(e.getKey(), e.getValue().text().get());
      } else {
        valid = false;
      }
    }
    List<Requirement> reqs = new ArrayList<>();
    for (Node expr : selector.at("matchExpressions").items()) {
      Set<String> values = new TreeSet<>();
      expr.at("values").items().forEach(v -> v.text().ifPresent(values::add));
      String op = expr.at("operator").textOr("");
      if (!Set.of("In", "NotIn", "Exists", "DoesNotExist").contains(op) || expr.at("key").text().isEmpty()) {
        valid = false;
      }
      reqs.add(new Requirement(expr.at("key").textOr(""), op, values));
    }
    return new LabelSelector(labels, reqs, valid);
  }

  /** A plain map selector (Service {@code spec.selector}). */
  public static LabelSelector ofMap(Node map) {
    Map<String, String> labels = new TreeMap<>();
    map.entries().forEach((k, v) -> v.text().ifPresent(t -> labels.put(k, t)));
    return new LabelSelector(labels, List.of(), true);
  }

  public boolean isEmpty() {
    return matchLabels.isEmpty() && expressions.isEmpty();
  }

  public boolean matches(Map<String, String> labels) {
    if (!valid) {
      return false;
    }
    for (Map.Entry<String, String> e : matchLabels.entrySet()) {
      if (!e.getValue().equals(labels.get(e.getKey()))) {
        return false;
      }
    }
    for (Requirement r : expressions) {
      if (!r.matches(labels)) {
        return false;
      }
    }
    return true;
  }
}
