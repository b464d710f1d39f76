package dev.seaworthy.core.view;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Go's time.ParseDuration syntax ({@code 1h30m}, {@code 10s}, {@code 0}), which many Kubernetes controllers use in their fields (Velero TTLs, External Secrets refresh intervals). */
public final class GoDuration {

  private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h)");
  private static final Map<String, Long> NANOS =
      Map.of("ns", 1L, "us", 1_000L, "µs", 1_000L, "μs", 1_000L, "ms", 1_000_000L, "s", 1_000_000_000L,
          "m", 60_000_000_000L, "h", 3_600_000_000_000L);

  private GoDuration() {}

  public static Optional<Duration> parse(String text) {
    String s = text.strip();
    if (s.startsWith("+")) {
      s = s.substring(1);
    }
    if (s.equals("0")) {
      return Optional.of(Duration.ZERO);
    }
    if (s.isEmpty() || s.startsWith("-")) {
      return Optional.empty();
    }
    Matcher m = PART.matcher(s);
    BigDecimal nanos = BigDecimal.ZERO;
    int at = 0;
    while (at < s.length()) {
      if (!m.find(at) || m.start() != at) {
        return Optional.empty();
      }
      nanos = nanos.add(new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(NANOS.get(m.group(2)))));
      at = m.end();
    }
    try {
      return Optional.of(Duration.ofNanos(nanos.longValueExact()));
    } catch (ArithmeticException e) {
      return Optional.empty();
    }
  }
}
