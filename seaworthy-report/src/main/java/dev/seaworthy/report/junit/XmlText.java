package dev.seaworthy.report.junit;

/**
 * Escaping for XML 1.0. Every string from the input passes through here, so no name, label or
 * message can end an attribute, open an element or put a character XML forbids into the document:
 * such characters (most C0 controls, U+FFFE, U+FFFF, unpaired surrogates) are written as a visible
 * {@code \}{@code uXXXX} instead.
 */
final class XmlText {

  private XmlText() {}

  /** Escaped for an attribute value in double quotes; tabs and line breaks are kept as references. */
  static String attribute(String s) {
    return escape(s, true);
  }

  /** Escaped for element content. */
  static String text(String s) {
    return escape(s, false);
  }

  private static String escape(String s, boolean attribute) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append(attribute ? "&quot;" : "\"");
        case '\'' -> sb.append(attribute ? "&apos;" : "'");
        case '\t' -> sb.append(attribute ? "&#9;" : "\t");
        case '\n' -> sb.append(attribute ? "&#10;" : "\n");
        case '\r' -> sb.append("&#13;");
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            sb.append(c).append(s.charAt(++i));
          } else if (c < 0x20 || c == '\uFFFE' || c == '\uFFFF' || Character.isSurrogate(c)) {
            sb.append(String.format("\\u%04X", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }
}
