package dev.seaworthy.rules.autoscaling;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.ScalarNode;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes block-style YAML for snippets shown in messages. Scalars keep their quoting from the input,
 * so a value that was a string stays a string when the snippet is pasted back.
 */
final class YamlText {

  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./@+-][A-Za-z0-9_./@:+ -]*");

  private final StringBuilder out = new StringBuilder();

  /** {@code key: value} for a scalar, or {@code key:} followed by a nested block. */
  YamlText field(int indent, String key, Node value) {
    if (value.isMap() && !value.entries().isEmpty() || value.isList() && !value.items().isEmpty()) {
      line(indent, key(key) + ":");
      block(indent + 2, value);
    } else {
      line(indent, key(key) + ": " + inline(value));
    }
    return this;
  }

  /** {@code key: text} with text written as given (already valid YAML). */
  YamlText raw(int indent, String keyAndValue) {
    return line(indent, keyAndValue);
  }

  YamlText line(int indent, String text) {
    out.append(" ".repeat(indent)).append(text).append('\n');
    return this;
  }

  private void block(int indent, Node node) {
    if (node.isMap()) {
      for (Map.Entry<String, Node> e : node.entries().entrySet()) {
        field(indent, e.getKey(), e.getValue());
      }
    } else if (node.isList()) {
      for (Node item : node.items()) {
        if (item.isMap() && !item.entries().isEmpty()) {
          // The first entry shares the dash's line; the rest align under it.
          YamlText nested = new YamlText();
          nested.block(0, item);
          String[] lines = nested.toString().split("\n");
          for (int i = 0; i < lines.length; i++) {
            line(indent, (i == 0 ? "- " : "  ") + lines[i]);
          }
        } else {
          line(indent, "- " + inline(item));
        }
      }
    }
  }

  static String inline(Node node) {
    if (node.isMap()) {
      return "{}";
    }
    if (node.isList()) {
      return "[]";
    }
    if (node instanceof ScalarNode s) {
      if (s.isNull()) {
        return "null";
      }
      return s.isPlain() && isPlain(s.value()) ? s.value() : quote(s.value());
    }
    return "null";
  }

  private static boolean isPlain(String s) {
    return PLAIN.matcher(s).matches() && !s.endsWith(" ") && !s.contains(": ") && !s.contains(" #");
  }

  static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }

  private static String key(String k) {
    return isPlain(k) ? k : quote(k);
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
