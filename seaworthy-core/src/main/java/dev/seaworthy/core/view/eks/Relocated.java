package dev.seaworthy.core.view.eks;

import dev.seaworthy.core.model.ListNode;
import dev.seaworthy.core.model.MapNode;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Position;
import dev.seaworthy.core.model.ScalarNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A copy of a tree parsed from a string value, every node placed at the string's own position: the
 * lines inside the string are not lines of the file.
 */
final class Relocated {

  private Relocated() {}

  static Node at(Node n, Position position) {
    if (n instanceof MapNode m) {
      Map<String, Node> out = new LinkedHashMap<>();
      m.entries().forEach((k, v) -> out.put(k, at(v, position)));
      return new MapNode(position, out);
    }
    if (n instanceof ListNode l) {
      List<Node> out = new ArrayList<>();
      l.items().forEach(i -> out.add(at(i, position)));
      return new ListNode(position, out);
    }
    if (n instanceof ScalarNode s) {
      return new ScalarNode(position, s.value(), s.isPlain(), switch (s.type()) {
        case BOOL -> "!!bool";
        case INT -> "!!int";
        case FLOAT -> "!!float";
        case NULL -> "!!null";
        default -> null;
      });
    }
    return n;
  }
}
