package dev.seaworthy.rules.resources;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Readers for LimitRange items and quantities, shared by the LimitRange and quota rules. */
final class LimitRangeItems {

  /** A readable quantity and the node it was written at. */
  record Amount(Node node, BigDecimal value) {
    String shown() {
      return node.textOr(value.toPlainString());
    }
  }

  private LimitRangeItems() {}

  static boolean isLimitRange(Resource r) {
    return r.is("", "LimitRange");
  }

  /** The readable quantities of one map of an item ({@code max}, {@code min}, ...), by resource name. */
  static Map<String, Amount> amounts(Node map) {
    Map<String, Amount> out = new LinkedHashMap<>();
    map.entries().forEach((name, value) -> amount(value).ifPresent(a -> out.put(name, a)));
    return out;
  }

  static Optional<Amount> amount(Node value) {
    if (!value.isPresent()) {
      return Optional.empty();
    }
    return QuantityValue.of(value) instanceof QuantityValue.Valid v ? Optional.of(new Amount(value, v.amount())) : Optional.empty();
  }

  /** The items of the LimitRange, with their index. */
  static List<Node> items(Resource range) {
    return range.node().at("spec", "limits").items();
  }

  /** "LimitRange "limits" item 0 (type Container)". */
  static String describeItem(Resource range, int index, Node item) {
    return "LimitRange \"" + range.name() + "\" item " + index + " (type " + item.at("type").textOr("?") + ")";
  }

  /** A quantity the way people write it: CPU in cores or millicores, memory in binary units. */
  static String format(String resource, BigDecimal value) {
    if (resource.endsWith("cpu")) {
      BigDecimal stripped = value.stripTrailingZeros();
      if (stripped.scale() <= 0) {
        return stripped.toPlainString();
      }
      return value.movePointRight(3).stripTrailingZeros().toPlainString() + "m";
    }
    String[] units = {"Ei", "Pi", "Ti", "Gi", "Mi", "Ki"};
    for (int i = 0; i < units.length; i++) {
      BigDecimal unit = BigDecimal.valueOf(2).pow(10 * (units.length - i));
      if (value.compareTo(unit) >= 0 && value.remainder(unit).signum() == 0) {
        return value.divide(unit).toPlainString() + units[i];
      }
    }
    return value.stripTrailingZeros().toPlainString();
  }
}
