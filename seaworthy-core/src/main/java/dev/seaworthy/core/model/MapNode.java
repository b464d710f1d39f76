package dev.seaworthy.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** A mapping with string keys, in document order. */
public final class MapNode implements Node {

  private final Position position;
  private final Map<String, Node> entries;
  private final long weight;

  public MapNode(Position position, Map<String, Node> entries) {
    this.position = Objects.requireNonNull(position, "position");
    this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    long w = 1;
    for (Node n : this.entries.values()) {
      w += n.weight();
    }
    this.weight = w;
  }

  @Override
  public Position position() {
    return position;
  }

  @Override
  public Node get(String key) {
    Node n = entries.get(key);
    return n == null ? MissingNode.INSTANCE : n;
  }

  @Override
  public Map<String, Node> entries() {
    return entries;
  }

  public boolean has(String key) {
    return entries.containsKey(key);
  }

  @Override
  public long weight() {
    return weight;
  }

  @Override
  public String toString() {
    return entries.toString();
  }
}
