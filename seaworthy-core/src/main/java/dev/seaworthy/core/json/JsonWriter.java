package dev.seaworthy.core.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * A small streaming JSON writer with two-space indentation. Enough for reports; it escapes every
 * string per RFC 8259 so no input value can break the document.
 */
public final class JsonWriter {

  private final Appendable out;
  private final Deque<Boolean> firstInScope = new ArrayDeque<>();
  private boolean afterName;

  public JsonWriter(Appendable out) {
    this.out = out;
  }

  public JsonWriter beginObject() {
    value();
    write("{");
    firstInScope.push(true);
    return this;
  }

  public JsonWriter endObject() {
    close("}");
    return this;
  }

  public JsonWriter beginArray() {
    value();
    write("[");
    firstInScope.push(true);
    return this;
  }

  public JsonWriter endArray() {
    close("]");
    return this;
  }

  public JsonWriter name(String name) {
    separator();
    write(quote(name));
    write(": ");
    afterName = true;
    return this;
  }

  public JsonWriter value(String s) {
    value();
    write(s == null ? "null" : quote(s));
    return this;
  }

  public JsonWriter value(long n) {
    value();
    write(Long.toString(n));
    return this;
  }

  public JsonWriter value(boolean b) {
    value();
    write(Boolean.toString(b));
    return this;
  }

  public JsonWriter nullValue() {
    value();
    write("null");
    return this;
  }

  /** Writes plain data: null, String, Boolean, Number, List and Map (string keys) of those. */
  public JsonWriter data(Object v) {
    if (v == null) {
      return nullValue();
    }
    if (v instanceof String s) {
      return value(s);
    }
    if (v instanceof Boolean b) {
      return value(b.booleanValue());
    }
    if (v instanceof Number n) {
      value();
      write(n.toString());
      return this;
    }
    if (v instanceof List<?> list) {
      beginArray();
      list.forEach(this::data);
      return endArray();
    }
    if (v instanceof Map<?, ?> map) {
      beginObject();
      map.forEach((k, val) -> name(String.valueOf(k)).data(val));
      return endObject();
    }
    return value(v.toString());
  }

  public JsonWriter field(String name, String value) {
    return name(name).value(value);
  }

  public JsonWriter field(String name, long value) {
    return name(name).value(value);
  }

  public JsonWriter field(String name, boolean value) {
    return name(name).value(value);
  }

  private void value() {
    if (afterName) {
      afterName = false;
      return;
    }
    separator();
  }

  private void separator() {
    if (firstInScope.isEmpty()) {
      return;
    }
    if (!firstInScope.pop()) {
      write(",");
    }
    firstInScope.push(false);
    newline();
  }

  private void close(String bracket) {
    boolean empty = firstInScope.pop();
    if (!empty) {
      newline();
    }
    write(bracket);
    if (firstInScope.isEmpty()) {
      write("\n");
    }
  }

  private void newline() {
    write("\n");
    write("  ".repeat(firstInScope.size()));
  }

  private void write(String s) {
    try {
      out.append(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A JSON string literal. */
  public static String quote(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }
}
