package dev.seaworthy.report;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Masks strings that look like credentials before they reach any report. Rules already avoid
 * quoting secret values; this is the second line of defence for everything else that comes from the
 * input (names, annotations, messages).
 */
public final class Redactor {

  private static final String MASK = "[REDACTED]";
  private static final List<Pattern> PATTERNS =
      List.of(
          Pattern.compile("\\b(AKIA|ASIA)[A-Z0-9]{16}\\b"),
          Pattern.compile("-----BEGIN [A-Z ]*PRIVATE KEY-----[\\s\\S]*?(-----END [A-Z ]*PRIVATE KEY-----|$)"),
          Pattern.compile("\\b(ghp|gho|ghs|ghu|ghr)_[A-Za-z0-9]{20,}\\b"),
          Pattern.compile("\\bgithub_pat_[A-Za-z0-9_]{20,}\\b"),
          Pattern.compile("\\bxox[abprs]-[A-Za-z0-9-]{10,}\\b"),
          Pattern.compile("(?<=://)[^/\\s:@]+:[^/\\s@]+(?=@)"));

  private Redactor() {}

  public static String redact(String s) {
    if (s == null || s.isEmpty()) {
      return s;
    }
    String out = s;
    for (Pattern p : PATTERNS) {
      out = p.matcher(out).replaceAll(MASK);
    }
    return out;
  }
}
