package dev.seaworthy.core.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A read-only document tree: mappings, sequences and scalars, each with the position it was written
 * at. Path access never throws: a path that does not exist yields {@link MissingNode#INSTANCE}, so
 * rules can write {@code pod.at("securityContext", "runAsUser").asLong()} without null checks.
 *
 * <p>Scalars are interpreted the way Kubernetes reads them (sigs.k8s.io/yaml, which follows YAML 1.1
 * for plain scalars): an unquoted {@code yes} is a boolean there, whatever YAML 1.2 says.
 */
public sealed interface Node permits MapNode, ListNode, ScalarNode, MissingNode {

  Position position();

  /** Follows map keys; for sequences a key that is a decimal index selects an item. */
  default Node at(String... path) {
    Node current = this;
    for (String key : path) {
      current = current.get(key);
      if (current.isMissing()) {
        return current;
      }
    }
    return current;
  }

  Node get(String key);

  default boolean isMissing() {
    return false;
  }

  default boolean isMap() {
    return this instanceof MapNode;
  }

  default boolean isList() {
    return this instanceof ListNode;
  }

  default boolean isScalar() {
    return this instanceof ScalarNode;
  }

  /** True for a scalar that Kubernetes reads as null ({@code ~}, {@code null}, empty). */
  default boolean isNull() {
    return false;
  }

  /** Present and not null. */
  default boolean isPresent() {
    return !isMissing() && !isNull();
  }

  /** Entries of a mapping in document order; empty for anything else. */
  default Map<String, Node> entries() {
    return Map.of();
  }

  /** Items of a sequence; empty for anything else. */
  default List<Node> items() {
    return List.of();
  }

  /** The text of a scalar, whatever type it resolves to. */
  default Optional<String> text() {
    return Optional.empty();
  }

  default String textOr(String fallback) {
    return text().orElse(fallback);
  }

  /** A boolean as Kubernetes reads it, including YAML 1.1 spellings of plain scalars. */
  default Optional<Boolean> asBoolean() {
    return Optional.empty();
  }

  /** An integer as Kubernetes reads it; strings that look like numbers are not integers. */
  default OptionalLong asLong() {
    return OptionalLong.empty();
  }

  default Optional<BigDecimal> asNumber() {
    return Optional.empty();
  }

  /** Number of nodes below and including this one (aliases counted at each use). */
  long weight();
}
