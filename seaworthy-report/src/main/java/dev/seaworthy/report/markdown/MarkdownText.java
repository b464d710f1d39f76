package dev.seaworthy.report.markdown;

/**
 * Escaping for text from the input (names, messages, paths, reasons) placed in GitHub-flavoured
 * Markdown, in a table cell or a list item. After escaping, the text is shown literally: it cannot
 * end a table cell ({@code |}), open a code span, a link, an image, emphasis, strikethrough or math, inject HTML
 * ({@code <}, {@code >}, {@code &}), break the line, mention someone ({@code @}) or link an issue
 * ({@code #}). Control characters are shown as {@code \}{@code uXXXX}.
 */
final class MarkdownText {

  private MarkdownText() {}

  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '|' -> sb.append("&#124;");
        case '@' -> sb.append("&#64;");
        case '#' -> sb.append("&#35;");
        case '\\', '`', '*', '_', '[', ']', '~', '$' -> sb.append('\\').append(c);
        case '\n', '\r', '\t' -> sb.append(' ');
        default -> {
          if (c < 0x20 || c == 0x7f) {
            sb.append(String.format("\\\\u%04X", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }
}
