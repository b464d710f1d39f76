package dev.seaworthy.rules.live;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import java.util.Optional;

/** Reading a Node's status. */
final class Nodes {

  private Nodes() {}

  static boolean isNode(Resource r) {
    return r.is("", "Node");
  }

  /** The condition of that type in status.conditions, if the kubelet reported it. */
  static Optional<Node> condition(Resource node, String type) {
    for (Node c : node.node().at("status", "conditions").items()) {
      if (c.at("type").text().filter(type::equals).isPresent()) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** {@code ": reason (message)"} from a condition, or empty. */
  static String detail(Node condition) {
    String reason = condition.at("reason").textOr("");
    String message = condition.at("message").textOr("");
    if (reason.isEmpty() && message.isEmpty()) {
      return "";
    }
    return ": " + (reason.isEmpty() ? message : message.isEmpty() ? reason : reason + " (" + message + ")");
  }
}
