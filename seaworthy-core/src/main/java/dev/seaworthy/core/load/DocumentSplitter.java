package dev.seaworthy.core.load;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a YAML stream at its document markers ({@code ---} at column 0) so that each document is
 * parsed on its own: a syntax error then costs one document, not the rest of the file. YAML forbids
 * a column-0 {@code ---} inside any content, so this split is exact for valid streams.
 */
final class DocumentSplitter {

  /** A document's text and the 0-based line of the stream it starts at. */
  record Chunk(String text, int firstLine) {}

  private DocumentSplitter() {}

  static List<Chunk> split(String text) {
    List<Chunk> chunks = new ArrayList<>();
    int start = 0;
    int startLine = 0;
    int line = 0;
    int pos = 0;
    int n = text.length();
    while (pos < n) {
      int eol = text.indexOf('\n', pos);
      int next = eol < 0 ? n : eol + 1;
      if (pos > start && isDocumentStart(text, pos, eol < 0 ? n : eol)) {
        addChunk(chunks, text.substring(start, pos), startLine);
        start = pos;
        startLine = line;
      }
      pos = next;
      line++;
    }
    if (start < n) {
      addChunk(chunks, text.substring(start), startLine);
    }
    return chunks;
  }

  private static boolean isDocumentStart(String text, int from, int to) {
    return isMarker(text, from, to, "---");
  }

  /** A document marker ({@code ---} or {@code ...}) at column 0, alone or followed by whitespace. */
  private static boolean isMarker(String text, int from, int to, String marker) {
    if (to - from < 3 || !text.startsWith(marker, from)) {
      return false;
    }
    return to - from == 3 || Character.isWhitespace(text.charAt(from + 3));
  }

  /**
   * Directives ({@code %YAML}, {@code %TAG}) belong to the document after them: a chunk holding only
   * directives is joined to the next one, and directives after a {@code ...} end marker move from
   * the end of the previous chunk to the start of the next.
   */
  private static void addChunk(List<Chunk> chunks, String text, int firstLine) {
    if (!chunks.isEmpty()) {
      Chunk previous = chunks.get(chunks.size() - 1);
      if (onlyDirectives(previous.text())) {
        chunks.set(chunks.size() - 1, new Chunk(previous.text() + text, previous.firstLine()));
        return;
      }
      int cut = trailingDirectives(previous.text());
      if (cut >= 0) {
        String head = previous.text().substring(0, cut);
        int headLines = (int) head.chars().filter(c -> c == '\n').count();
        chunks.set(chunks.size() - 1, new Chunk(head, previous.firstLine()));
        chunks.add(new Chunk(previous.text().substring(cut) + text, previous.firstLine() + headLines));
        return;
      }
    }
    chunks.add(new Chunk(text, firstLine));
  }

  /**
   * The offset of the line after the last {@code ...} end marker when only directives (at least
   * one), comments and blank lines follow it; -1 otherwise.
   */
  private static int trailingDirectives(String text) {
    if (!text.startsWith("...") && !text.contains("\n...")) {
      return -1; // no end marker at all: the common case, decided without walking the lines
    }
    int afterEnd = -1;
    int pos = 0;
    while (pos < text.length()) {
      int eol = text.indexOf('\n', pos);
      int end = eol < 0 ? text.length() : eol;
      if (isMarker(text, pos, end, "...")) {
        afterEnd = eol < 0 ? text.length() : eol + 1;
      }
      pos = end + 1;
    }
    if (afterEnd < 0 || !onlyDirectives(text.substring(afterEnd))) {
      return -1;
    }
    return afterEnd;
  }

  private static boolean onlyDirectives(String text) {
    boolean sawDirective = false;
    // line by line without splitting the whole chunk: a document's first content line ends the scan
    int pos = 0;
    while (pos <= text.length()) {
      int eol = text.indexOf('\n', pos);
      int end = eol < 0 ? text.length() : eol;
      String s = text.substring(pos, end).strip();
      pos = end + 1;
      if (s.startsWith("%")) {
        sawDirective = true;
      } else if (!s.isEmpty() && !s.startsWith("#")) {
        return false;
      }
    }
    return sawDirective;
  }
}
