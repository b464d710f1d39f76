package dev.seaworthy.rules.network;

import dev.seaworthy.core.view.LabelSelector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Reasoning about label selectors without the objects they select. */
final class Selectors {

  private Selectors() {}

  /** {@code tier=backend, env In (a, b)}: a selector as messages show it. */
  static String describe(LabelSelector s) {
    if (s.isEmpty()) {
      return "{} (everything)";
    }
    List<String> parts = new ArrayList<>();
    s.matchLabels().forEach((k, v) -> parts.add(k + "=" + v));
    for (LabelSelector.Requirement r : s.expressions()) {
      parts.add(r.key() + " " + r.operator() + (r.values().isEmpty() ? "" : " (" + String.join(", ", r.values()) + ")"));
    }
    return String.join(", ", parts);
  }

  /**
   * Whether no set of labels can satisfy both selectors: one requires {@code k=v} and the other
   * requires another value of {@code k} or rules {@code v} out. Anything subtler counts as a possible
   * overlap, which keeps the callers quiet.
   */
  static boolean disjoint(LabelSelector a, LabelSelector b) {
    return contradicts(a, b) || contradicts(b, a);
  }

  private static boolean contradicts(LabelSelector a, LabelSelector b) {
    for (Map.Entry<String, String> e : a.matchLabels().entrySet()) {
      String other = b.matchLabels().get(e.getKey());
      if (other != null && !other.equals(e.getValue())) {
        return true;
      }
      for (LabelSelector.Requirement r : b.expressions()) {
        if (r.key().equals(e.getKey()) && !r.matches(Map.of(e.getKey(), e.getValue()))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The namespaces a namespaceSelector names through the automatic {@code kubernetes.io/metadata.name}
   * label ({@code matchLabels} or {@code In}), when it pins them down; empty when it selects by other
   * labels and could match namespaces the input does not show.
   */
  static Optional<Set<String>> pinnedNamespaces(LabelSelector namespaceSelector) {
    Set<String> names = null;
    String exact = namespaceSelector.matchLabels().get(NetworkScope.NAME_LABEL);
    if (exact != null) {
      names = new TreeSet<>(Set.of(exact));
    }
    for (LabelSelector.Requirement r : namespaceSelector.expressions()) {
      if (r.key().equals(NetworkScope.NAME_LABEL) && r.operator().equals("In")) {
        if (names == null) {
          names = new TreeSet<>(r.values());
        } else {
          names.retainAll(r.values());
        }
      }
    }
    return Optional.ofNullable(names);
  }
}
