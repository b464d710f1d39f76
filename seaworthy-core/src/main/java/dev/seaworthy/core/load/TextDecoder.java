package dev.seaworthy.core.load;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns file bytes into text the way kubectl accepts it: UTF-8 (a BOM is dropped), or UTF-16 when
 * the file starts with a UTF-16 byte-order mark. Binary files and invalid UTF-8 are refused with the
 * line where the problem is.
 */
final class TextDecoder {

  /** The decoded text, or why there is none (and at which 1-based line, 0 if unknown). */
  record Result(String text, String error, int errorLine) {
    boolean ok() {
      return error == null;
    }
  }

  private TextDecoder() {}

  static Result decode(byte[] bytes) {
    if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
      return strict(bytes, 0, StandardCharsets.UTF_16);
    }
    int probe = Math.min(bytes.length, 8192);
    for (int i = 0; i < probe; i++) {
      if (bytes[i] == 0) {
        int line = lineOf(bytes, 0, i);
        return new Result(null, "binary file (NUL byte on line " + line + "); not a manifest", line);
      }
    }
    int offset = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    return strict(bytes, offset, StandardCharsets.UTF_8);
  }

  private static Result strict(byte[] bytes, int offset, java.nio.charset.Charset charset) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    try {
      CharBuffer out = decoder.decode(in);
      String text = out.toString();
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      return new Result(text, null, 0);
    } catch (CharacterCodingException e) {
      int bad = firstInvalidOffset(bytes, offset, charset);
      String before = new String(bytes, offset, Math.min(bad, bytes.length) - offset, charset);
      int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
      return new Result(null, "not valid " + charset.name() + " (bad byte at offset " + bad + "); not a manifest", line);
    }
  }

  private static int firstInvalidOffset(byte[] bytes, int offset, java.nio.charset.Charset charset) {
    CharsetDecoder decoder =
        charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer out = CharBuffer.allocate(Math.max(16, bytes.length));
    decoder.decode(in, out, true);
    return in.position();
  }

  /** The 1-based line of byte {@code end}, counting line feeds from {@code from}. */
  private static int lineOf(byte[] bytes, int from, int end) {
    int line = 1;
    for (int i = from; i < end && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
