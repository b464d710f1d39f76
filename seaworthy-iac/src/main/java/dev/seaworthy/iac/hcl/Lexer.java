package dev.seaworthy.iac.hcl;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.TreeMap;

/**
 * The tokens of HCL's expression and structural language, scanned on demand from a position the
 * parser controls: template text (quoted strings, heredocs) is read by the parser character by
 * character, and expression tokens resume wherever it leaves off. Whether a newline is a token or
 * blank space depends on the bracket the parser is in, so that is a stack here.
 */
final class Lexer {

  enum Kind {
    IDENT,
    NUMBER,
    /** An opening {@code "}. */
    QUOTE,
    /** {@code <<MARKER} or {@code <<-MARKER} with its newline. */
    HEREDOC,
    PUNCT,
    NEWLINE,
    EOF
  }

  record Token(Kind kind, int start, int end, String text) {
    boolean is(String punct) {
      return kind == Kind.PUNCT && text.equals(punct);
    }

    boolean isWord(String word) {
      return kind == Kind.IDENT && text.equals(word);
    }
  }

  private static final List<String> PUNCT =
      List.of("...", "&&", "||", "==", "!=", "<=", ">=", "=>", "+", "-", "*", "/", "%", "<", ">", "=", "!", "?", ":", ",", ".",
          "{", "}", "[", "]", "(", ")", "~");

  final String file;
  final String text;
  private final int[] lineStarts;
  private int pos;
  private int limit;
  private final Deque<Boolean> newlines = new ArrayDeque<>();
  private final TreeMap<Integer, Comment> comments = new TreeMap<>();
  private Token cached;
  private int cachedAt = -1;
  private boolean cachedNewlines;

  Lexer(String file, String text) {
    this.file = file;
    this.text = text;
    this.limit = text.length();
    this.lineStarts = lineStarts(text);
    newlines.push(true);
  }

  private static int[] lineStarts(String text) {
    int[] starts = new int[16];
    int n = 0;
    starts[n++] = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    return Arrays.copyOf(starts, n);
  }

  int line(int offset) {
    int i = Arrays.binarySearch(lineStarts, offset);
    return i >= 0 ? i + 1 : -i - 1;
  }

  int column(int offset) {
    return offset - lineStarts[line(offset) - 1] + 1;
  }

  Span span(int start, int end) {
    return new Span(start, end, line(start), column(start));
  }

  HclSyntaxException error(int offset, String reason) {
    int at = Math.min(Math.max(offset, 0), text.length());
    return new HclSyntaxException(file, line(at), column(at), reason);
  }

  List<Comment> comments() {
    return List.copyOf(comments.values());
  }

  int pos() {
    return pos;
  }

  /** Moves to a character offset (the parser read template text up to here). */
  void reset(int offset) {
    pos = offset;
    cached = null;
  }

  int limit() {
    return limit;
  }

  /** Where text ends for the tokens being read (the end of a heredoc's content, while inside it). */
  void limit(int end) {
    limit = end;
    cached = null;
  }

  void pushNewlines(boolean significant) {
    newlines.push(significant);
    cached = null;
  }

  void popNewlines() {
    newlines.pop();
    cached = null;
  }

  Token peek() {
    boolean nl = newlines.peek();
    if (cached != null && cachedAt == pos && cachedNewlines == nl) {
      return cached;
    }
    cached = scan(pos, nl);
    cachedAt = pos;
    cachedNewlines = nl;
    return cached;
  }

  Token next() {
    Token t = peek();
    pos = t.end();
    cached = null;
    return t;
  }

  /** The token after the next one, without moving. */
  Token peekSecond() {
    Token first = peek();
    int saved = pos;
    pos = first.end();
    cached = null;
    Token second = peek();
    pos = saved;
    cached = null;
    return second;
  }

  private Token scan(int from, boolean newlineSignificant) {
    int i = skipTrivia(from, newlineSignificant);
    if (i >= limit) {
      return new Token(Kind.EOF, limit, limit, "");
    }
    char c = text.charAt(i);
    if (c == '\n') {
      return new Token(Kind.NEWLINE, i, i + 1, "\n");
    }
    if (c == '\r' && i + 1 < limit && text.charAt(i + 1) == '\n') {
      return new Token(Kind.NEWLINE, i, i + 2, "\n");
    }
    if (isIdentStart(c)) {
      int j = i + 1;
      while (j < limit && isIdentPart(text.charAt(j))) {
        j++;
      }
      return new Token(Kind.IDENT, i, j, text.substring(i, j));
    }
    if (c >= '0' && c <= '9') {
      return number(i);
    }
    if (c == '"') {
      return new Token(Kind.QUOTE, i, i + 1, "\"");
    }
    if (c == '<' && i + 1 < limit && text.charAt(i + 1) == '<') {
      return heredoc(i);
    }
    for (String p : PUNCT) {
      if (text.startsWith(p, i) && i + p.length() <= limit) {
        return new Token(Kind.PUNCT, i, i + p.length(), p);
      }
    }
    throw error(i, unexpected(c));
  }

  private static String unexpected(char c) {
    if (c == '\'') {
      return "unexpected character ': HCL strings use double quotes";
    }
    if (c == ';') {
      return "unexpected character ';': HCL ends attributes with a newline";
    }
    if (c < 0x20 || c == 0x7f || Character.isISOControl(c) || Character.isSurrogate(c) || c == '\uFFFD') {
      return String.format("unexpected character U+%04X", (int) c);
    }
    return "unexpected character '" + c + "'";
  }

  private Token number(int i) {
    int j = digits(i);
    if (j + 1 < limit && text.charAt(j) == '.' && isDigit(text.charAt(j + 1))) {
      j = digits(j + 1);
    }
    if (j < limit && (text.charAt(j) == 'e' || text.charAt(j) == 'E')) {
      int k = j + 1;
      if (k < limit && (text.charAt(k) == '+' || text.charAt(k) == '-')) {
        k++;
      }
      if (k < limit && isDigit(text.charAt(k))) {
        j = digits(k);
      }
    }
    return new Token(Kind.NUMBER, i, j, text.substring(i, j));
  }

  private int digits(int i) {
    while (i < limit && isDigit(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** {@code <<EOF} or {@code <<-EOF} directly followed by a newline; the token ends after that newline. */
  private Token heredoc(int i) {
    int j = i + 2;
    boolean flush = j < limit && text.charAt(j) == '-';
    if (flush) {
      j++;
    }
    if (j >= limit || !isIdentStart(text.charAt(j))) {
      throw error(i, "expected a heredoc marker after <<" + (flush ? "-" : "") + " (such as <<EOF)");
    }
    int k = j + 1;
    while (k < limit && isIdentPart(text.charAt(k))) {
      k++;
    }
    String marker = text.substring(j, k);
    if (k < limit && text.charAt(k) == '\r') {
      k++;
    }
    if (k >= limit || text.charAt(k) != '\n') {
      throw error(k, "a heredoc marker <<" + (flush ? "-" : "") + marker + " must end its line");
    }
    return new Token(Kind.HEREDOC, i, k + 1, (flush ? "-" : "") + marker);
  }

  static boolean isIdentStart(char c) {
    return c == '_' || Character.isLetter(c) || (c > 0x7f && Character.isUnicodeIdentifierStart(c));
  }

  static boolean isIdentPart(char c) {
    return c == '-' || c == '_' || Character.isLetterOrDigit(c)
        || (c > 0x7f && Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c));
  }

  /** Skips blanks and comments (and newlines when they are not tokens here); records line comments. */
  private int skipTrivia(int i, boolean newlineSignificant) {
    while (i < limit) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t' || (c == '\r' && !(i + 1 < limit && text.charAt(i + 1) == '\n'))) {
        i++;
      } else if (!newlineSignificant && (c == '\n' || c == '\r')) {
        i++;
      } else if (c == '#' || (c == '/' && i + 1 < limit && text.charAt(i + 1) == '/')) {
        int start = i;
        int textStart = i + (c == '#' ? 1 : 2);
        while (i < limit && text.charAt(i) != '\n') {
          i++;
        }
        int end = i > textStart && text.charAt(i - 1) == '\r' ? i - 1 : i;
        record(start, text.substring(textStart, end));
      } else if (c == '/' && i + 1 < limit && text.charAt(i + 1) == '*') {
        int close = text.indexOf("*/", i + 2);
        if (close < 0 || close + 2 > limit) {
          throw error(i, "unterminated /* comment");
        }
        i = close + 2;
      } else {
        break;
      }
    }
    return i;
  }

  private void record(int start, String body) {
    if (comments.containsKey(start)) {
      return;
    }
    int line = line(start);
    int lineStart = start - column(start) + 1;
    boolean own = text.substring(lineStart, start).isBlank();
    comments.put(start, new Comment(body, line, column(start), own));
  }
}
