package dev.seaworthy.iac.eval;

import dev.seaworthy.core.model.ListNode;
import dev.seaworthy.core.model.MapNode;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Position;
import dev.seaworthy.core.model.ScalarNode;
import dev.seaworthy.core.model.ScalarType;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Terraform values as core {@link Node}s: strings are STRING scalars, numbers INT or FLOAT, bools
 * BOOL, null NULL, tuples and lists {@link ListNode}, objects and maps {@link MapNode}, and an
 * unknown value an EXPRESSION scalar holding the source text.
 */
public final class Values {

  /** Numbers beyond these bounds are left unknown rather than computed (1e999999999 is valid HCL). */
  private static final int MAX_DIGITS = 400;

  private Values() {}

  public static ScalarNode string(Position p, String s) {
    return new ScalarNode(p, s, false, null);
  }

  public static ScalarNode bool(Position p, boolean b) {
    return new ScalarNode(p, b ? "true" : "false", true, null);
  }

  public static ScalarNode nul(Position p) {
    return new ScalarNode(p, "null", true, null);
  }

  public static ScalarNode unknown(Position p, String source) {
    return ScalarNode.expression(p, source);
  }

  /** A number as Terraform prints it: {@code 3}, {@code 1.5}, {@code 1E+500} when very large. */
  public static ScalarNode number(Position p, BigDecimal n) {
    return new ScalarNode(p, numberText(n), true, null);
  }

  static String numberText(BigDecimal n) {
    if (n.signum() == 0) {
      return "0";
    }
    BigDecimal s = n.stripTrailingZeros();
    if (Math.abs((long) s.scale()) > MAX_DIGITS || s.precision() > MAX_DIGITS) {
      return s.toString();
    }
    return s.scale() <= 0 ? s.toBigIntegerExact().toString() : s.toPlainString();
  }

  static boolean tooLarge(BigDecimal n) {
    return n.precision() > MAX_DIGITS || Math.abs((long) n.stripTrailingZeros().scale()) > MAX_DIGITS;
  }

  public static boolean isUnknown(Node n) {
    return n instanceof ScalarNode s && s.type() == ScalarType.EXPRESSION;
  }

  /** Whether the value, or anything inside it, is unknown. */
  public static boolean containsUnknown(Node n) {
    if (isUnknown(n)) {
      return true;
    }
    for (Node item : n.items()) {
      if (containsUnknown(item)) {
        return true;
      }
    }
    for (Node v : n.entries().values()) {
      if (containsUnknown(v)) {
        return true;
      }
    }
    return false;
  }

  static boolean isString(Node n) {
    return n instanceof ScalarNode s && s.type() == ScalarType.STRING;
  }

  static boolean isNumber(Node n) {
    return n instanceof ScalarNode s && (s.type() == ScalarType.INT || s.type() == ScalarType.FLOAT) && n.asNumber().isPresent();
  }

  static boolean isBool(Node n) {
    return n instanceof ScalarNode s && s.type() == ScalarType.BOOL;
  }

  /** A primitive as Terraform converts it to a string; throws for unknown, null and collections. */
  static String text(Node n) {
    if (isUnknown(n)) {
      throw UnknownValue.INSTANCE;
    }
    if (isString(n)) {
      return ((ScalarNode) n).value();
    }
    if (isNumber(n)) {
      return numberText(n.asNumber().get());
    }
    if (isBool(n)) {
      return n.asBoolean().get() ? "true" : "false";
    }
    throw new EvalError(n.isNull() ? "null value where a string is required" : "a collection where a string is required");
  }

  static BigDecimal num(Node n) {
    if (isUnknown(n)) {
      throw UnknownValue.INSTANCE;
    }
    if (isNumber(n)) {
      BigDecimal b = n.asNumber().get();
      if (tooLarge(b)) {
        throw UnknownValue.INSTANCE;
      }
      return b;
    }
    if (isString(n)) {
      try {
        BigDecimal b = new BigDecimal(((ScalarNode) n).value().strip());
        if (tooLarge(b)) {
          throw UnknownValue.INSTANCE;
        }
        return b;
      } catch (NumberFormatException e) {
        throw new EvalError("\"" + ((ScalarNode) n).value() + "\" is not a number");
      }
    }
    throw new EvalError("a number is required");
  }

  static boolean truth(Node n) {
    if (isUnknown(n)) {
      throw UnknownValue.INSTANCE;
    }
    if (isBool(n)) {
      return n.asBoolean().get();
    }
    if (isString(n)) {
      String v = ((ScalarNode) n).value();
      if (v.equals("true") || v.equals("false")) {
        return v.equals("true");
      }
    }
    throw new EvalError("a bool is required");
  }

  static List<Node> list(Node n) {
    if (isUnknown(n)) {
      throw UnknownValue.INSTANCE;
    }
    if (n instanceof ListNode l) {
      return l.items();
    }
    throw new EvalError("a list is required");
  }

  static Map<String, Node> map(Node n) {
    if (isUnknown(n)) {
      throw UnknownValue.INSTANCE;
    }
    if (n instanceof MapNode m) {
      return m.entries();
    }
    throw new EvalError("a map or object is required");
  }

  /** Terraform equality: same type and value, compared deeply; unknown anywhere makes it unknown. */
  static boolean same(Node a, Node b) {
    if (isUnknown(a) || isUnknown(b)) {
      throw UnknownValue.INSTANCE;
    }
    if (a.isNull() || b.isNull()) {
      return a.isNull() && b.isNull();
    }
    if (isNumber(a) && isNumber(b)) {
      return a.asNumber().get().compareTo(b.asNumber().get()) == 0;
    }
    if (isString(a) && isString(b)) {
      return ((ScalarNode) a).value().equals(((ScalarNode) b).value());
    }
    if (isBool(a) && isBool(b)) {
      return a.asBoolean().equals(b.asBoolean());
    }
    if (a instanceof ListNode la && b instanceof ListNode lb) {
      if (la.items().size() != lb.items().size()) {
        return false;
      }
      for (int i = 0; i < la.items().size(); i++) {
        if (!same(la.items().get(i), lb.items().get(i))) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof MapNode ma && b instanceof MapNode mb) {
      if (!ma.entries().keySet().equals(mb.entries().keySet())) {
        return false;
      }
      for (Map.Entry<String, Node> e : ma.entries().entrySet()) {
        if (!same(e.getValue(), mb.entries().get(e.getKey()))) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  /** A copy of a value written somewhere else, placed at {@code p} (the place that uses it). */
  static Node at(Node n, Position p, Budget budget) {
    budget.spend(Math.max(1, n.weight()));
    return copy(n, p);
  }

  private static Node copy(Node n, Position p) {
    if (n instanceof ScalarNode s) {
      if (s.type() == ScalarType.EXPRESSION) {
        return ScalarNode.expression(p, s.value());
      }
      if (s.type() == ScalarType.STRING) {
        return string(p, s.value());
      }
      if (s.type() == ScalarType.NULL) {
        return nul(p);
      }
      if (s.type() == ScalarType.BOOL) {
        return bool(p, s.asBoolean().orElse(false));
      }
      return new ScalarNode(p, s.value(), s.isPlain(), null);
    }
    if (n instanceof ListNode l) {
      return new ListNode(p, l.items().stream().map(i -> copy(i, p)).toList());
    }
    if (n instanceof MapNode m) {
      Map<String, Node> out = new LinkedHashMap<>();
      m.entries().forEach((k, v) -> out.put(k, copy(v, p)));
      return new MapNode(p, out);
    }
    return n;
  }

  /** A STRING scalar's value, if it is one. */
  static Optional<String> stringValue(Node n) {
    return isString(n) ? Optional.of(((ScalarNode) n).value()) : Optional.empty();
  }
}
