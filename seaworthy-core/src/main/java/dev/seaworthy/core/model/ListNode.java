package dev.seaworthy.core.model;

import java.util.List;
import java.util.Objects;

/** A sequence, in document order. */
public final class ListNode implements Node {

  // the position's parts rather than a Position: one object less per node of a large corpus
  private final String file;
  private final int line;
  private final int column;
  private final List<Node> items;
  private final long weight;

  public ListNode(Position position, List<Node> items) {
    Objects.requireNonNull(position, "position");
    this.file = position.file();
    this.line = position.line();
    this.column = position.column();
    this.items = List.copyOf(items);
    long w = 1;
    for (Node n : this.items) {
      w += n.weight();
    }
    this.weight = w;
  }

  @Override
  public Position position() {
    return new Position(file, line, column);
  }

  @Override
  public Node get(String key) {
    if (!key.isEmpty() && key.length() < 10 && key.chars().allMatch(Character::isDigit)) {
      int index = Integer.parseInt(key);
      if (index < items.size()) {
        return items.get(index);
      }
    }
    return MissingNode.INSTANCE;
  }

  @Override
  public List<Node> items() {
    return items;
  }

  @Override
  public long weight() {
    return weight;
  }

  @Override
  public String toString() {
    return items.toString();
  }
}
