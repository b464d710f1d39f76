package dev.seaworthy.core.view.eks;

import dev.seaworthy.core.model.MapNode;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.ScalarNode;
import dev.seaworthy.core.model.ScalarType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads one attribute into a {@link Setting}, telling a written value from an absent one and from an
 * unresolved Terraform expression. {@code absent} supplies the setting to use when the attribute is
 * missing or null.
 */
public final class Values {

  private Values() {}

  /** An unresolved Terraform expression ({@link ScalarType#EXPRESSION}). */
  public static boolean isExpression(Node n) {
    return n instanceof ScalarNode s && s.type() == ScalarType.EXPRESSION;
  }

  /** Whether the attribute is written with a value (not missing, not null). */
  public static boolean isSet(Node n) {
    return n.isPresent();
  }

  /** Whether the subtree holds any unresolved expression. */
  public static boolean containsExpression(Node n) {
    if (isExpression(n)) {
      return true;
    }
    for (Node c : n.entries().values()) {
      if (containsExpression(c)) {
        return true;
      }
    }
    for (Node c : n.items()) {
      if (containsExpression(c)) {
        return true;
      }
    }
    return false;
  }

  public static Setting<Boolean> bool(Node n, Setting<Boolean> absent) {
    if (!n.isPresent()) {
      return absent;
    }
    if (isExpression(n)) {
      return Setting.unknown(n, n.textOr(""));
    }
    Optional<Boolean> b = n.asBoolean();
    if (b.isPresent()) {
      return Setting.explicit(b.get(), n);
    }
    // Terraform converts the strings "true" and "false" to booleans
    String t = n.textOr("");
    if (t.equals("true") || t.equals("false")) {
      return Setting.explicit(Boolean.parseBoolean(t), n);
    }
    return Setting.unknown(n, "not a boolean: " + t);
  }

  public static Setting<String> string(Node n, Setting<String> absent) {
    if (!n.isPresent()) {
      return absent;
    }
    if (isExpression(n)) {
      return Setting.unknown(n, n.textOr(""));
    }
    if (!n.isScalar()) {
      return Setting.unknown(n, "not a single value");
    }
    return Setting.explicit(n.textOr(""), n);
  }

  public static Setting<Long> number(Node n, Setting<Long> absent) {
    if (!n.isPresent()) {
      return absent;
    }
    if (isExpression(n)) {
      return Setting.unknown(n, n.textOr(""));
    }
    OptionalLong l = n.asLong();
    if (l.isPresent()) {
      return Setting.explicit(l.getAsLong(), n);
    }
    Optional<BigDecimal> d = n.asNumber();
    if (d.isPresent()) {
      return Setting.explicit(d.get().longValue(), n);
    }
    String t = n.textOr("").strip();
    if (t.matches("-?\\d{1,18}")) {
      return Setting.explicit(Long.parseLong(t), n);
    }
    return Setting.unknown(n, "not a number: " + t);
  }

  /** A list of strings; a single string counts as a list of one (eksctl and IAM allow both). */
  public static Setting<List<String>> strings(Node n, Setting<List<String>> absent) {
    if (!n.isPresent()) {
      return absent;
    }
    if (isExpression(n)) {
      return Setting.unknown(n, n.textOr(""));
    }
    if (n.isScalar()) {
      return Setting.explicit(List.of(n.textOr("")), n);
    }
    if (!n.isList()) {
      return Setting.unknown(n, "not a list");
    }
    List<String> out = new ArrayList<>();
    for (Node item : n.items()) {
      if (isExpression(item) || !item.isScalar()) {
        return Setting.unknown(n, "an element is not known: " + item.textOr("?"));
      }
      item.text().ifPresent(out::add);
    }
    return Setting.explicit(List.copyOf(out), n);
  }

  /** A map of strings (labels, tags). */
  public static Setting<Map<String, String>> stringMap(Node n, Setting<Map<String, String>> absent) {
    if (!n.isPresent()) {
      return absent;
    }
    if (isExpression(n)) {
      return Setting.unknown(n, n.textOr(""));
    }
    if (!n.isMap()) {
      return Setting.unknown(n, "not a map");
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, Node> e : n.entries().entrySet()) {
      if (isExpression(e.getValue())) {
        return Setting.unknown(n, "a value is not known: " + e.getKey());
      }
      e.getValue().text().ifPresent(t -> out.put(e.getKey(), t));
    }
    return Setting.explicit(Map.copyOf(out), n);
  }

  /** The first block of a nested block type (Terraform: always a list of maps; plan/JSON alike). */
  public static Node block(Node parent, String type) {
    Node b = parent.at(type);
    if (b.isList()) {
      return b.items().isEmpty() ? b.at("0") : b.items().get(0);
    }
    return b;
  }

  /** Every block of a nested block type: the list's items, or a single map. */
  public static List<Node> blocks(Node parent, String type) {
    Node b = parent.at(type);
    if (b.isList()) {
      return b.items();
    }
    return b.isMap() ? List.of(b) : List.of();
  }

  /** Whether a {@code dynamic "type"} block stands for blocks of this type. */
  public static boolean hasDynamic(Node parent, String type) {
    for (Node d : parent.at("dynamic").items()) {
      if (d.at("@label").textOr("").equals(type)) {
        return true;
      }
    }
    return false;
  }

  /** A map node, or an empty map positioned at {@code at} for anything else. */
  static Node mapOrEmpty(Node n, Node at) {
    return n.isMap() ? n : new MapNode(at.position(), Map.of());
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
