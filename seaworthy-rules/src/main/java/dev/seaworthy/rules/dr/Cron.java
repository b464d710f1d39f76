package dev.seaworthy.rules.dr;

import dev.seaworthy.core.view.GoDuration;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The standard five-field cron syntax Velero schedules use (robfig/cron's standard parser, with
 * descriptors such as {@code @daily} and {@code @every 6h}), read only to answer one question: the
 * longest time between two runs. Anything it does not understand yields no answer.
 */
final class Cron {

  private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
  private static final int DAYS = 800;
  private static final Map<String, String> DESCRIPTORS =
      Map.of(
          "@yearly", "0 0 1 1 *",
          "@annually", "0 0 1 1 *",
          "@monthly", "0 0 1 * *",
          "@weekly", "0 0 * * 0",
          "@daily", "0 0 * * *",
          "@midnight", "0 0 * * *",
          "@hourly", "0 * * * *");
  private static final List<String> MONTHS = List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC");
  private static final List<String> DAYS_OF_WEEK = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");

  /** One parsed field: the allowed values, and whether it was written as a plain {@code *} or {@code ?}. */
  private record Field(BitSet values, boolean star) {}

  private Cron() {}

  /** The longest interval between consecutive runs, or empty if the expression is not understood. */
  static Optional<Duration> longestGap(String expression) {
    String expr = expression.strip();
    if (expr.startsWith("CRON_TZ=") || expr.startsWith("TZ=")) {
      int space = expr.indexOf(' ');
      if (space < 0) {
        return Optional.empty();
      }
      expr = expr.substring(space + 1).strip();
    }
    if (expr.startsWith("@every ")) {
      return GoDuration.parse(expr.substring("@every ".length())).filter(d -> !d.isZero());
    }
    expr = DESCRIPTORS.getOrDefault(expr.toLowerCase(Locale.ROOT), expr);
    String[] f = expr.split("\\s+");
    if (f.length != 5) {
      return Optional.empty();
    }
    Optional<Field> minute = field(f[0], 0, 59, List.of());
    Optional<Field> hour = field(f[1], 0, 23, List.of());
    Optional<Field> dom = field(f[2], 1, 31, List.of());
    Optional<Field> month = field(f[3], 1, 12, MONTHS);
    Optional<Field> dow = field(f[4], 0, 6, DAYS_OF_WEEK);
    if (minute.isEmpty() || hour.isEmpty() || dom.isEmpty() || month.isEmpty() || dow.isEmpty()) {
      return Optional.empty();
    }
    return simulate(minute.get(), hour.get(), dom.get(), month.get(), dow.get());
  }

  private static Optional<Duration> simulate(Field minute, Field hour, Field dom, Field month, Field dow) {
    long last = -1;
    long longest = -1;
    for (int d = 0; d < DAYS; d++) {
      LocalDate day = FROM.plusDays(d);
      if (!month.values().get(day.getMonthValue()) || !dayMatches(day, dom, dow)) {
        continue;
      }
      for (int h = hour.values().nextSetBit(0); h >= 0; h = hour.values().nextSetBit(h + 1)) {
        for (int m = minute.values().nextSetBit(0); m >= 0; m = minute.values().nextSetBit(m + 1)) {
          long at = (long) d * 1440 + h * 60L + m;
          if (last >= 0) {
            longest = Math.max(longest, at - last);
          }
          last = at;
        }
      }
    }
    return longest < 0 ? Optional.empty() : Optional.of(Duration.ofMinutes(longest));
  }

  /** Day of month and day of week are ORed when both are restricted, ANDed when either is a star. */
  private static boolean dayMatches(LocalDate day, Field dom, Field dow) {
    boolean domMatch = dom.values().get(day.getDayOfMonth());
    boolean dowMatch = dow.values().get(day.getDayOfWeek() == DayOfWeek.SUNDAY ? 0 : day.getDayOfWeek().getValue());
    if (dom.star() || dow.star()) {
      return domMatch && dowMatch;
    }
    return domMatch || dowMatch;
  }

  private static Optional<Field> field(String text, int min, int max, List<String> names) {
    BitSet values = new BitSet();
    boolean star = false;
    for (String item : text.split(",", -1)) {
      String range = item;
      int step = 1;
      int slash = item.indexOf('/');
      if (slash >= 0) {
        Optional<Integer> s = number(item.substring(slash + 1), List.of(), 0);
        if (s.isEmpty() || s.get() < 1) {
          return Optional.empty();
        }
        step = s.get();
        range = item.substring(0, slash);
      }
      int start;
      int end;
      if (range.equals("*") || range.equals("?")) {
        start = min;
        end = max;
        star = star || step == 1;
      } else {
        int dash = range.indexOf('-');
        Optional<Integer> a = number(dash < 0 ? range : range.substring(0, dash), names, min);
        Optional<Integer> b = dash < 0 ? a : number(range.substring(dash + 1), names, min);
        if (a.isEmpty() || b.isEmpty()) {
          return Optional.empty();
        }
        start = a.get();
        end = dash < 0 && slash >= 0 ? max : b.get();
      }
      if (start < min || end > max || start > end) {
        return Optional.empty();
      }
      for (int v = start; v <= end; v += step) {
        values.set(v);
      }
    }
    return values.isEmpty() ? Optional.empty() : Optional.of(new Field(values, star));
  }

  private static Optional<Integer> number(String text, List<String> names, int offset) {
    int named = names.indexOf(text.toUpperCase(Locale.ROOT));
    if (named >= 0) {
      return Optional.of(named + offset);
    }
    try {
      return Optional.of(Integer.parseInt(text));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
