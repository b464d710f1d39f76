package dev.seaworthy.report.html;

import dev.seaworthy.report.Redactor;

/**
 * Escaping for the HTML report. Every string that comes from the input (names, labels, annotations,
 * messages, file paths, snippets, reasons) is written through {@link #text}, which redacts
 * credential-shaped values and then escapes it, so it is character data wherever it lands: element
 * content or a double-quoted attribute value. Nothing from the input is ever written into an
 * {@code href}, {@code src}, {@code style} or event-handler attribute, or into a script.
 *
 * <p>Data embedded as JSON in a {@code <script type="application/json">} block goes through
 * {@link #scriptJson}: {@code <}, {@code >} and {@code &} become {@code \}{@code u003c} and so on, so
 * neither {@code </script>} nor {@code <!--} can occur in it and the HTML parser cannot leave the
 * block early; {@code JSON.parse} gives back the original strings.
 */
public final class HtmlText {

  private HtmlText() {}

  /** Input-derived text: redacted, then escaped. */
  public static String text(String s) {
    return escape(Redactor.redact(s == null ? "" : s));
  }

  /**
   * Escaped for element content and for attribute values in double quotes: {@code & < > " '} become
   * references; characters HTML does not allow in a document (C0 controls other than tab and line
   * breaks, DEL, U+FFFE, U+FFFF, unpaired surrogates) are shown as a visible {@code \}{@code uXXXX}.
   */
  public static String escape(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        case '\t', '\n' -> sb.append(c);
        case '\r' -> sb.append("&#13;");
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            sb.append(c).append(s.charAt(++i));
          } else if (c < 0x20 || c == 0x7f || c == '\uFFFE' || c == '\uFFFF' || Character.isSurrogate(c)) {
            sb.append(String.format("\\u%04X", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }

  /**
   * JSON text made safe to place between {@code <script type="application/json">} and
   * {@code </script>}. {@code <}, {@code >} and {@code &} can only occur inside JSON strings, where
   * their {@code \}{@code u} escapes mean the same; U+2028 and U+2029 are escaped too, so the text is
   * also a valid JavaScript literal.
   */
  public static String scriptJson(String json) {
    StringBuilder sb = new StringBuilder(json.length() + 64);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      switch (c) {
        case '<' -> sb.append("\\u003c");
        case '>' -> sb.append("\\u003e");
        case '&' -> sb.append("\\u0026");
        case '\u2028' -> sb.append("\\u2028");
        case '\u2029' -> sb.append("\\u2029");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * Seaworthy's own prose (remediations, checklist proofs) with its Markdown code spans shown as
   * {@code <code>}: each part is escaped, only the {@code <code>} tags are markup.
   */
  public static String prose(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    String[] parts = s.split("`", -1);
    boolean balanced = parts.length % 2 == 1;
    for (int i = 0; i < parts.length; i++) {
      boolean code = balanced && i % 2 == 1;
      if (!balanced && i > 0) {
        sb.append('`');
      }
      sb.append(code ? "<code>" : "").append(escape(Redactor.redact(parts[i]))).append(code ? "</code>" : "");
    }
    return sb.toString();
  }
}
