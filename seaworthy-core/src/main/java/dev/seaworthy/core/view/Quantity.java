package dev.seaworthy.core.view;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Kubernetes resource quantity ({@code 250m}, {@code 1.5Gi}, {@code 1e3}), parsed with the API
 * server's grammar so that a value it would reject is reported instead of guessed.
 */
public record Quantity(String text, BigDecimal value) implements Comparable<Quantity> {

  private static final Pattern GRAMMAR =
      Pattern.compile("([+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+))(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?[0-9]+)?");
  private static final BigDecimal NANO = new BigDecimal("1e-9");
  private static final BigDecimal MAX = BigDecimal.valueOf(Long.MAX_VALUE);
  private static final Map<String, BigDecimal> SUFFIX =
      Map.ofEntries(
          Map.entry("", BigDecimal.ONE),
          Map.entry("n", new BigDecimal("1e-9")),
          Map.entry("u", new BigDecimal("1e-6")),
          Map.entry("m", new BigDecimal("1e-3")),
          Map.entry("k", new BigDecimal("1e3")),
          Map.entry("M", new BigDecimal("1e6")),
          Map.entry("G", new BigDecimal("1e9")),
          Map.entry("T", new BigDecimal("1e12")),
          Map.entry("P", new BigDecimal("1e15")),
          Map.entry("E", new BigDecimal("1e18")),
          Map.entry("Ki", BigDecimal.valueOf(1L << 10)),
          Map.entry("Mi", BigDecimal.valueOf(1L << 20)),
          Map.entry("Gi", BigDecimal.valueOf(1L << 30)),
          Map.entry("Ti", BigDecimal.valueOf(1L << 40)),
          Map.entry("Pi", BigDecimal.valueOf(1L << 50)),
          Map.entry("Ei", BigDecimal.valueOf(1L << 60)));

  public static Optional<Quantity> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.strip();
    Matcher m = GRAMMAR.matcher(t);
    if (!m.matches()) {
      return Optional.empty();
    }
    BigDecimal number = new BigDecimal(m.group(1));
    String suffix = m.group(2) == null ? "" : m.group(2);
    BigDecimal value;
    if (!SUFFIX.containsKey(suffix)) { // a decimal exponent; "E" and "Ei" are exa suffixes
      int exponent;
      try {
        exponent = Integer.parseInt(suffix.substring(1));
      } catch (NumberFormatException e) {
        return Optional.empty(); // the API server also wants a 32-bit exponent
      }
      value = number.scaleByPowerOfTen(exponent);
    } else {
      value = number.multiply(SUFFIX.get(suffix));
    }
    return Optional.of(new Quantity(t, bounded(value)));
  }

  /**
   * As the API server stores it: a non-zero magnitude is rounded up to a multiple of 1n and capped
   * at 2^63-1. This also keeps {@code 1e999999999} from becoming a number nobody can compute with.
   */
  private static BigDecimal bounded(BigDecimal v) {
    if (v.signum() == 0) {
      return v;
    }
    BigDecimal m = v.abs();
    if (m.compareTo(NANO) < 0) {
      m = NANO;
    } else if (m.compareTo(MAX) > 0) {
      m = MAX;
    } else if (m.scale() > 9) {
      m = m.setScale(9, RoundingMode.UP);
    }
    return v.signum() < 0 ? m.negate() : m;
  }

  public boolean isNegative() {
    return value.signum() < 0;
  }

  @Override
  public int compareTo(Quantity o) {
    return value.compareTo(o.value);
  }
}
