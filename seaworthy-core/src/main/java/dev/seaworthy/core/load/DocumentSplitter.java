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
    if (to - from < 3 || !text.startsWith("---", from)) {
      return false;
    }
    return to - from == 3 || Character.isWhitespace(text.charAt(from + 3));
  }

  /** A chunk holding only directives ({@code %YAML}) belongs to the document after it. */
  private static void addChunk(List<Chunk> chunks, String text, int firstLine) {
    if (!chunks.isEmpty() && onlyDirectives(chunks.get(chunks.size() - 1).text())) {
      Chunk previous = chunks.remove(chunks.size() - 1);
      chunks.add(new Chunk(previous.text() + text, previous.firstLine()));
      return;
    }
    chunks.add(new Chunk(text, firstLine));
  }

  private static boolean onlyDirectives(String text) {
    boolean sawDirective = false;
    for (String l : text.split("\n", -1)) {
      String s = l.strip();
      if (s.startsWith("%")) {
        sawDirective = true;
      } else if (!s.isEmpty() && !s.startsWith("#")) {
        return false;
      }
    }
    return sawDirective;
  }
}
