package dev.seaworthy.rules.observability;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Position;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.model.ScalarNode;
import dev.seaworthy.core.rule.PatchOp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One Fluent Bit config file held in a ConfigMap key, with the way back from a line of the config
 * to a line of the manifest. The loader positions a map value at its key; a literal block scalar
 * ({@code key: |}) starts on the next line and keeps every line, so line {@code i} of the text is
 * manifest line {@code keyLine + 1 + i}. When the layout proves otherwise (a quoted or folded
 * string: the next key comes sooner than the text's last line), findings fall back to the key.
 */
record FluentBitFile(Resource configMap, String key, Node value, String text, FluentBitConfig config, boolean linesKnown) {

  static List<FluentBitFile> of(Resource r) {
    if (!r.kind().equals("ConfigMap") || !r.group().isEmpty()) {
      return List.of();
    }
    List<FluentBitFile> out = new ArrayList<>();
    for (Map.Entry<String, Node> e : r.node().at("data").entries().entrySet()) {
      if (!e.getKey().endsWith(".conf") || e.getValue().text().isEmpty()) {
        continue;
      }
      String text = e.getValue().text().get();
      if (!FluentBitConfig.looksLikeFluentBit(text)) {
        continue;
      }
      out.add(new FluentBitFile(r, e.getKey(), e.getValue(), text, FluentBitConfig.parse(text), literalLayout(r, e.getValue(), text)));
    }
    return out;
  }

  /** JSON pointer of the key, for fixes that rewrite the file. */
  String pointer() {
    return "/data/" + PatchOp.escape(key);
  }

  /** A node standing for line {@code line} (0-based) of the text: its real position, or the key's. */
  Node line(int line) {
    if (!linesKnown) {
      return value;
    }
    Position key = value.position();
    String[] lines = text.split("\n", -1);
    String content = line < lines.length ? lines[line] : "";
    int indent = content.length() - content.stripLeading().length();
    return new ScalarNode(Position.of(key.file(), key.line() + 1 + line, key.column() + 2 + indent), content.strip(), false, null);
  }

  /** {@code fluent-bit.conf line 10}: the place inside the config, which holds even without manifest lines. */
  String where(int line) {
    return key + " line " + (line + 1);
  }

  private static boolean literalLayout(Resource r, Node value, String text) {
    Position at = value.position();
    if (!at.isKnown() || !text.contains("\n")) {
      return false;
    }
    String[] lines = text.split("\n", -1);
    int last = lines.length - 1;
    while (last >= 0 && lines[last].isBlank()) {
      last--;
    }
    int lastLine = at.line() + 1 + Math.max(last, 0);
    int next = nextLineAfter(r.node(), at.line(), Integer.MAX_VALUE);
    return next > lastLine;
  }

  /** The first line after {@code after} at which any node of the object is written. */
  private static int nextLineAfter(Node node, int after, int best) {
    Position p = node.position();
    if (p.isKnown() && p.line() > after && p.line() < best) {
      best = p.line();
    }
    for (Node child : node.entries().values()) {
      best = nextLineAfter(child, after, best);
    }
    for (Node child : node.items()) {
      best = nextLineAfter(child, after, best);
    }
    return best;
  }
}
