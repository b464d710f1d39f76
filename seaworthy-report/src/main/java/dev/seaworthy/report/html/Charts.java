package dev.seaworthy.report.html;

import dev.seaworthy.core.engine.Finding;
import dev.seaworthy.core.engine.Score;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.Severity;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report's charts as inline SVG, drawn here rather than in the browser: they need no script,
 * print as they look, and contain only numbers and Seaworthy's own labels. Colours are presentation
 * attributes, not {@code style} attributes, so the page's Content-Security-Policy needs no
 * {@code 'unsafe-inline'} for them.
 */
final class Charts {

  static final List<Severity> SEVERITIES = List.of(Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW, Severity.INFO);

  private Charts() {}

  static String color(Severity s) {
    return switch (s) {
      case CRITICAL -> "#7f1d1d";
      case HIGH -> "#dc2626";
      case MEDIUM -> "#d97706";
      case LOW -> "#2563eb";
      case INFO -> "#94a3b8";
    };
  }

  static String gradeColor(String grade) {
    return switch (grade) {
      case "A" -> "#15803d";
      case "B" -> "#65a30d";
      case "C" -> "#d97706";
      case "D" -> "#ea580c";
      case "F" -> "#b91c1c";
      default -> "#94a3b8";
    };
  }

  /** A ring filled to the score, the score in its middle. */
  static String scoreRing(Score score) {
    double r = 50;
    double c = 2 * Math.PI * r;
    int value = score.value().isPresent() ? score.value().getAsInt() : 0;
    String label = score.value().isPresent() ? String.valueOf(value) : "\u2013";
    StringBuilder sb = new StringBuilder();
    sb.append("<svg viewBox=\"0 0 120 120\" role=\"img\" aria-labelledby=\"score-title\">");
    sb.append("<title id=\"score-title\">").append(score.value().isPresent() ? "Score " + value + " of 100" : "No score").append("</title>");
    sb.append("<circle cx=\"60\" cy=\"60\" r=\"50\" fill=\"none\" stroke=\"#e5e7eb\" stroke-width=\"12\"/>");
    if (value > 0) {
      sb.append(String.format(Locale.ROOT,
          "<circle cx=\"60\" cy=\"60\" r=\"50\" fill=\"none\" stroke=\"%s\" stroke-width=\"12\" stroke-linecap=\"round\" "
              + "stroke-dasharray=\"%.2f %.2f\" transform=\"rotate(-90 60 60)\"/>",
          gradeColor(score.grade()), c * value / 100.0, c));
    }
    sb.append("<text x=\"60\" y=\"66\" text-anchor=\"middle\" font-size=\"32\" font-weight=\"700\" fill=\"#1f2933\">")
        .append(label).append("</text>");
    sb.append("<text x=\"60\" y=\"86\" text-anchor=\"middle\" font-size=\"12\" fill=\"#5f6b7a\">")
        .append(score.value().isPresent() ? "of 100" : "no score").append("</text>");
    sb.append("</svg>");
    return sb.toString();
  }

  /** One horizontal bar per severity. */
  static String bySeverity(Map<Severity, Long> counts) {
    long max = Math.max(1, counts.values().stream().mapToLong(Long::longValue).max().orElse(1));
    int row = 26;
    int width = 420;
    int x0 = 74;
    int barMax = 300;
    int height = SEVERITIES.size() * row;
    StringBuilder sb = new StringBuilder();
    sb.append("<svg class=\"chart\" id=\"chart-severity\" viewBox=\"0 0 ").append(width).append(' ').append(height)
        .append("\" role=\"img\" aria-labelledby=\"chart-severity-title\"><title id=\"chart-severity-title\">Open findings by severity</title>");
    int y = 0;
    for (Severity s : SEVERITIES) {
      long n = counts.getOrDefault(s, 0L);
      int w = n == 0 ? 0 : (int) Math.max(3, Math.round(barMax * (double) n / max));
      sb.append("<g data-severity=\"").append(s.lower()).append("\" data-count=\"").append(n).append("\">");
      sb.append("<text x=\"0\" y=\"").append(y + 17).append("\" font-size=\"13\" fill=\"#1f2933\">").append(title(s)).append("</text>");
      sb.append("<rect x=\"").append(x0).append("\" y=\"").append(y + 5).append("\" width=\"").append(barMax)
          .append("\" height=\"16\" rx=\"3\" fill=\"#f1f5f9\"/>");
      if (w > 0) {
        sb.append("<rect x=\"").append(x0).append("\" y=\"").append(y + 5).append("\" width=\"").append(w)
            .append("\" height=\"16\" rx=\"3\" fill=\"").append(color(s)).append("\"><title>").append(title(s)).append(": ").append(n)
            .append("</title></rect>");
      }
      sb.append("<text x=\"").append(x0 + barMax + 8).append("\" y=\"").append(y + 17).append("\" font-size=\"13\" font-weight=\"600\" fill=\"")
          .append(n == 0 ? "#94a3b8" : "#1f2933").append("\">").append(n).append("</text>");
      sb.append("</g>");
      y += row;
    }
    sb.append("</svg>");
    return sb.toString();
  }

  /** One horizontal bar per category with open findings, most findings first, stacked by severity. */
  static String byCategory(List<Finding> findings) {
    Map<Category, Map<Severity, Long>> counts = new EnumMap<>(Category.class);
    for (Finding f : findings) {
      counts.computeIfAbsent(f.rule().category(), k -> new EnumMap<>(Severity.class)).merge(f.severity(), 1L, Long::sum);
    }
    if (counts.isEmpty()) {
      return "<p class=\"empty\">No open findings.</p>";
    }
    List<Map.Entry<Category, Map<Severity, Long>>> rows = new ArrayList<>(counts.entrySet());
    rows.sort((a, b) -> {
      int c = Long.compare(total(b.getValue()), total(a.getValue()));
      return c != 0 ? c : a.getKey().compareTo(b.getKey());
    });
    long max = rows.stream().mapToLong(e -> total(e.getValue())).max().orElse(1);
    int row = 24;
    int width = 640;
    int x0 = 210;
    int barMax = 380;
    int height = rows.size() * row;
    StringBuilder sb = new StringBuilder();
    sb.append("<svg class=\"chart\" id=\"chart-category\" viewBox=\"0 0 ").append(width).append(' ').append(height)
        .append("\" role=\"img\" aria-labelledby=\"chart-category-title\"><title id=\"chart-category-title\">Open findings by category</title>");
    int y = 0;
    for (Map.Entry<Category, Map<Severity, Long>> e : rows) {
      long n = total(e.getValue());
      sb.append("<g data-category=\"").append(e.getKey().id()).append("\" data-count=\"").append(n).append("\">");
      sb.append("<text x=\"0\" y=\"").append(y + 16).append("\" font-size=\"13\" fill=\"#1f2933\">")
          .append(HtmlText.escape(e.getKey().title())).append("</text>");
      double x = x0;
      for (Severity s : SEVERITIES) {
        long k = e.getValue().getOrDefault(s, 0L);
        if (k == 0) {
          continue;
        }
        double w = barMax * (double) k / max;
        sb.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"14\" fill=\"%s\">", x, y + 5, w, color(s)))
            .append("<title>").append(HtmlText.escape(e.getKey().title())).append(", ").append(s.lower()).append(": ").append(k)
            .append("</title></rect>");
        x += w;
      }
      sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"13\" font-weight=\"600\" fill=\"#1f2933\">%d</text>",
          x + 8, y + 16, n));
      sb.append("</g>");
      y += row;
    }
    sb.append("</svg>");
    return sb.toString();
  }

  private static long total(Map<Severity, Long> m) {
    return m.values().stream().mapToLong(Long::longValue).sum();
  }

  static String title(Severity s) {
    String n = s.lower();
    return Character.toUpperCase(n.charAt(0)) + n.substring(1);
  }
}
