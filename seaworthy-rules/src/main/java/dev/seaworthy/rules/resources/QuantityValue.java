package dev.seaworthy.rules.resources;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.ScalarNode;
import dev.seaworthy.core.model.ScalarType;
import dev.seaworthy.core.view.Quantity;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A value written under {@code resources.requests} or {@code resources.limits}, read the way the API
 * server reads it: YAML numbers reach it as JSON numbers (so {@code 0x10}, {@code 1_000} and
 * {@code 1e3} are numbers, not text), null becomes zero, and everything else must be a quantity
 * string.
 */
sealed interface QuantityValue {

  /** A quantity the API server accepts (it may still be negative, which validation rejects). */
  record Valid(BigDecimal amount) implements QuantityValue {}

  /** Something the API server cannot read as a quantity; {@code shown} is how messages quote it. */
  record Unreadable(String shown) implements QuantityValue {}

  /** A value we cannot judge: stay silent. */
  record Unknown() implements QuantityValue {}

  static QuantityValue of(Node value) {
    if (value.isNull()) {
      return new Valid(BigDecimal.ZERO);
    }
    if (value.isMap()) {
      return new Unreadable("a mapping");
    }
    if (value.isList()) {
      return new Unreadable("a list");
    }
    if (!(value instanceof ScalarNode scalar)) {
      return new Unknown();
    }
    String text = scalar.value();
    if (scalar.type() == ScalarType.INT || scalar.type() == ScalarType.FLOAT) {
      Optional<BigDecimal> number = scalar.asNumber();
      if (number.isPresent()) {
        return new Valid(number.get());
      }
      QuantityValue asText = parse(text.replace("_", ""));
      if (asText instanceof Valid) {
        return asText;
      }
      // .inf and .nan cannot be encoded as JSON at all; other numeric spellings we do not model.
      return scalar.type() == ScalarType.FLOAT && text.matches("[-+]?\\.(inf|Inf|INF|nan|NaN|NAN)")
          ? new Unreadable("\"" + text + "\"")
          : new Unknown();
    }
    return parse(text);
  }

  private static QuantityValue parse(String text) {
    try {
      return Quantity.parse(text)
          .<QuantityValue>map(q -> new Valid(q.value()))
          .orElseGet(() -> new Unreadable("\"" + text + "\""));
    } catch (RuntimeException e) {
      return new Unknown(); // an exponent too large for core to scale: not provably invalid
    }
  }
}
