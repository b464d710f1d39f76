package dev.seaworthy.bench;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** Renders one generated YAML document as indented JSON (for the corpus's JSON files). */
final class JsonFromYaml {

  private JsonFromYaml() {}

  static void append(StringBuilder out, String yaml, String indent) {
    Object value = new Load(LoadSettings.builder().build()).loadFromString(yaml);
    out.append(indent);
    value(out, value, indent);
  }

  private static void value(StringBuilder out, Object v, String indent) {
    if (v instanceof Map<?, ?> m) {
      out.append("{");
      Iterator<? extends Map.Entry<?, ?>> it = m.entrySet().iterator();
      while (it.hasNext()) {
        Map.Entry<?, ?> e = it.next();
        out.append('\n').append(indent).append("  ");
        string(out, String.valueOf(e.getKey()));
        out.append(": ");
        value(out, e.getValue(), indent + "  ");
        if (it.hasNext()) {
          out.append(',');
        }
      }
      out.append(m.isEmpty() ? "}" : "\n" + indent + "}");
    } else if (v instanceof List<?> l) {
      out.append("[");
      for (int i = 0; i < l.size(); i++) {
        out.append('\n').append(indent).append("  ");
        value(out, l.get(i), indent + "  ");
        if (i < l.size() - 1) {
          out.append(',');
        }
      }
      out.append(l.isEmpty() ? "]" : "\n" + indent + "]");
    } else if (v instanceof Number || v instanceof Boolean) {
      out.append(v);
    } else if (v == null) {
      out.append("null");
    } else {
      string(out, v.toString());
    }
  }

  private static void string(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
