package dev.seaworthy.core.load;

import dev.seaworthy.core.model.ListNode;
import dev.seaworthy.core.model.MapNode;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Position;
import dev.seaworthy.core.model.ScalarNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.MappingStartEvent;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.events.SequenceStartEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Builds {@link Node} trees straight from snakeyaml-engine parser events, iteratively, so that depth
 * is bounded by {@link LoadLimits} instead of the Java stack. Aliases share the anchored node; the
 * expanded size of each document is counted so that alias bombs stop early. Duplicate keys are an
 * error, as they are for kubectl. YAML 1.1 merge keys ({@code <<}) are applied, as kubectl does.
 */
public final class YamlReader {

  private static final String MERGE_KEY = "<<";
  private static final String HELM_HINT =
      " (this looks like an unrendered Helm/Go template: render it with `helm template` and pipe it to `seaworthy audit -`)";

  private final LoadLimits limits;
  private final LoadSettings settings;
  private final Canonical strings = new Canonical();

  public YamlReader(LoadLimits limits) {
    this.limits = limits;
    this.settings =
        LoadSettings.builder()
            .setCodePointLimit(Math.max(limits.maxDocumentChars(), 1) + 16)
            .setUseMarks(true)
            .build();
  }

  /** Reads every document of a stream; {@code file} names it in positions. */
  public List<YamlDocument> read(String file, String text) {
    List<YamlDocument> documents = new ArrayList<>();
    for (DocumentSplitter.Chunk chunk : DocumentSplitter.split(text)) {
      Position start = new Position(file, chunk.firstLine() + 1, 1);
      if (chunk.text().length() > limits.maxDocumentChars()) {
        documents.add(
            new YamlDocument.Failed(
                new InputError(start, "document is larger than " + LoadLimits.describeSize(limits.maxDocumentChars(), "characters") + "; skipped")));
        continue;
      }
      try {
        new DocumentBuilder(file, chunk.firstLine()).build(normalizeJsonTabs(chunk.text()), documents);
      } catch (TooComplex e) {
        String reason = e.getMessage();
        if (e.templateShaped && looksLikeTemplate(chunk.text())) {
          reason += HELM_HINT;
        }
        documents.add(new YamlDocument.Failed(new InputError(e.position, reason)));
      } catch (MarkedYamlEngineException e) {
        documents.add(new YamlDocument.Failed(syntaxError(file, chunk, e)));
      } catch (YamlEngineException e) {
        documents.add(new YamlDocument.Failed(new InputError(start, "YAML error: " + firstLine(e.getMessage()))));
      }
    }
    return documents;
  }

  private static InputError syntaxError(String file, DocumentSplitter.Chunk chunk, MarkedYamlEngineException e) {
    Optional<Mark> mark = e.getProblemMark().isPresent() ? e.getProblemMark() : e.getContextMark();
    int lastLine = lastContentLine(chunk.text());
    if (mark.isPresent() && mark.get().getLine() > lastLine) {
      // the problem is found at the end of the document (an unclosed bracket or quote): point at
      // where the construct began, not at the next document's marker
      mark = e.getContextMark().filter(m -> m.getLine() <= lastLine);
    }
    int fallbackLine = mark.isEmpty() && e.getProblemMark().isPresent() ? lastLine : 0;
    Position at =
        mark.map(m -> new Position(file, chunk.firstLine() + m.getLine() + 1, m.getColumn() + 1))
            .orElse(new Position(file, chunk.firstLine() + fallbackLine + 1, 1));
    String problem = e.getProblem() == null ? firstLine(e.getMessage()) : e.getProblem();
    String reason = "YAML syntax error: " + problem.replace("<stream end>", "the end of the document");
    if (looksLikeTemplate(chunk.text())) {
      reason += HELM_HINT;
    }
    return new InputError(at, reason);
  }

  /** The 0-based line of the last line with something other than whitespace. */
  private static int lastContentLine(String text) {
    int end = text.length();
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    int line = 0;
    for (int i = 0; i < end; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /** Go template actions ({@code {{ .Values.x }}}) read as YAML give syntax errors or mappings used as keys. */
  private static boolean looksLikeTemplate(String text) {
    return text.contains("{{") && text.contains("}}");
  }

  private static String firstLine(String s) {
    return s == null ? "unknown error" : s.lines().findFirst().orElse("").strip();
  }

  /**
   * JSON allows tabs as whitespace; YAML flow style does not. Replacing tabs that stand outside
   * quoted strings with spaces keeps every column and makes JSON documents readable.
   */
  static String normalizeJsonTabs(String text) {
    if (text.indexOf('\t') < 0) {
      return text;
    }
    int i = 0;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    if (i >= text.length() || (text.charAt(i) != '{' && text.charAt(i) != '[')) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    char quote = 0;
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if (quote != 0) {
        if (c == '\\' && quote == '"' && k + 1 < text.length()) {
          out.append(c).append(text.charAt(++k));
          continue;
        }
        if (c == quote) {
          quote = 0;
        }
        out.append(c);
      } else if (c == '"' || c == '\'') {
        quote = c;
        out.append(c);
      } else {
        out.append(c == '\t' ? ' ' : c);
      }
    }
    return out.toString();
  }

  /** Raised when a limit is crossed; carries where. */
  private static final class TooComplex extends RuntimeException {
    final transient Position position;
    /** The document is well-formed YAML of a shape that an unrendered template produces. */
    final boolean templateShaped;

    TooComplex(Position position, String message) {
      this(position, message, false);
    }

    TooComplex(Position position, String message, boolean templateShaped) {
      super(message, null, false, false);
      this.position = position;
      this.templateShaped = templateShaped;
    }
  }

  /** An open mapping or sequence. */
  private static final class Frame {
    final boolean map;
    final Position position;
    final Optional<Anchor> anchor;
    // a mapping's entries and every key seen (merge keys too) with its line, for duplicate checks;
    // plain lists, since most mappings are small and three hash maps per mapping cost more than the scan
    final List<String> keys;
    final List<Node> values;
    final List<String> seenKeys;
    final List<Integer> seenLines;
    Map<String, Integer> seenIndex;
    final List<Node> items;
    final List<Node> merges = new ArrayList<>();
    String pendingKey;
    Position pendingKeyPosition;
    /** Collection levels of the deepest child so far (0: only scalars). */
    int childHeight;

    Frame(boolean map, Position position, Optional<Anchor> anchor) {
      this.map = map;
      this.position = position;
      this.anchor = anchor;
      this.keys = map ? new ArrayList<>(4) : null;
      this.values = map ? new ArrayList<>(4) : null;
      this.seenKeys = map ? new ArrayList<>(4) : null;
      this.seenLines = map ? new ArrayList<>(4) : null;
      this.items = map ? null : new ArrayList<>();
    }

    /** The line a key was first seen on, recording it if new; null when new. */
    Integer firstLine(String key, int line) {
      if (seenIndex != null) {
        Integer first = seenIndex.putIfAbsent(key, line);
        if (first == null) {
          seenKeys.add(key);
          seenLines.add(line);
        }
        return first;
      }
      for (int i = 0; i < seenKeys.size(); i++) {
        if (seenKeys.get(i).equals(key)) {
          return seenLines.get(i);
        }
      }
      seenKeys.add(key);
      seenLines.add(line);
      if (seenKeys.size() > 8) {
        seenIndex = new HashMap<>();
        for (int i = 0; i < seenKeys.size(); i++) {
          seenIndex.putIfAbsent(seenKeys.get(i), seenLines.get(i));
        }
      }
      return null;
    }

    /** Sets an entry; a repeated key (only possible for merge keys) keeps its place and takes the new value. */
    void put(String key, Node value) {
      int at = key.equals(MERGE_KEY) ? keys.indexOf(key) : -1;
      if (at >= 0) {
        values.set(at, value);
      } else {
        keys.add(key);
        values.add(value);
      }
    }
  }

  private final class DocumentBuilder {
    private final String file;
    private final int lineOffset;
    private final Deque<Frame> stack = new ArrayDeque<>();
    private final Map<Anchor, Node> anchors = new HashMap<>();
    /** Collection levels of each anchored collection, so aliases cannot nest deeper than the limit. */
    private final Map<Node, Integer> heights = new IdentityHashMap<>();
    private Node root;
    private int aliases;
    private long nodes;

    DocumentBuilder(String file, int lineOffset) {
      this.file = file;
      this.lineOffset = lineOffset;
    }

    void build(String text, List<YamlDocument> out) {
      for (Event event : new Parse(settings).parseString(text)) {
        switch (event.getEventId()) {
          case DocumentStart -> {
            root = null;
            anchors.clear();
            heights.clear();
            aliases = 0;
            nodes = 0;
          }
          case DocumentEnd -> {
            if (root != null) {
              out.add(new YamlDocument.Parsed(root));
            }
            root = null;
          }
          case Scalar -> scalar((ScalarEvent) event);
          case MappingStart, SequenceStart -> open((CollectionStartEvent) event);
          case MappingEnd, SequenceEnd -> close();
          case Alias -> alias((AliasEvent) event);
          default -> {
            // stream start/end and comments carry nothing for the tree
          }
        }
      }
    }

    private Position at(Event e) {
      return e.getStartMark()
          .map(m -> new Position(file, lineOffset + m.getLine() + 1, m.getColumn() + 1))
          .orElse(new Position(file, lineOffset + 1, 1));
    }

    /** A map value is positioned at its key, so findings point at the line that names it. */
    private Position valuePosition(Event e) {
      Frame top = stack.peek();
      if (top != null && top.map && top.pendingKey != null) {
        return top.pendingKeyPosition;
      }
      return at(e);
    }

    private void scalar(ScalarEvent e) {
      String tag = e.getTag().filter(t -> !"!".equals(t)).orElse(null);
      ScalarNode node = new ScalarNode(valuePosition(e), strings.of(e.getValue()), e.isPlain(), tag);
      remember(e, node);
      deliver(node, at(e), 0);
    }

    private void open(CollectionStartEvent e) {
      if (stack.size() >= limits.maxDepth()) {
        throw new TooComplex(at(e), "nesting deeper than " + limits.maxDepth() + " levels; document skipped");
      }
      if (e instanceof MappingStartEvent || e instanceof SequenceStartEvent) {
        stack.push(new Frame(e instanceof MappingStartEvent, valuePosition(e), e.getAnchor()));
      }
    }

    private void close() {
      Frame f = stack.pop();
      Node node;
      if (f.map && f.merges.isEmpty()) {
        node = MapNode.ofDistinct(f.position, f.keys.toArray(new String[0]), f.values.toArray(new Node[0]));
      } else if (f.map) {
        LinkedHashMap<String, Node> merged = new LinkedHashMap<>();
        for (int i = 0; i < f.keys.size(); i++) {
          merged.put(f.keys.get(i), f.values.get(i));
        }
        for (Node source : f.merges) {
          List<Node> maps = source.isList() ? source.items() : List.of(source);
          for (Node m : maps) {
            m.entries().forEach(merged::putIfAbsent);
          }
        }
        node = new MapNode(f.position, merged);
      } else {
        node = new ListNode(f.position, f.items);
      }
      int height = f.childHeight + 1;
      f.anchor.ifPresent(
          a -> {
            anchors.put(a, node);
            heights.put(node, height);
          });
      deliver(node, f.position, height);
    }

    private void alias(AliasEvent e) {
      Node target = anchors.get(e.getAlias());
      if (target == null) {
        throw new TooComplex(at(e), "alias *" + e.getAlias().getValue() + " refers to no anchor (or to an enclosing one)");
      }
      if (++aliases > limits.maxAliases()) {
        throw new TooComplex(at(e), "more than " + limits.maxAliases() + " aliases; document skipped");
      }
      int height = heights.getOrDefault(target, 0);
      if (stack.size() + height > limits.maxDepth()) {
        throw new TooComplex(
            at(e), "alias *" + e.getAlias().getValue() + " nests deeper than " + limits.maxDepth() + " levels; document skipped");
      }
      nodes += target.weight() - 1; // deliver() adds the alias itself
      deliver(target, at(e), height);
    }

    private void remember(NodeEvent e, Node node) {
      e.getAnchor().ifPresent(a -> anchors.put(a, node));
    }

    private void deliver(Node node, Position where, int height) {
      if (++nodes > limits.maxNodes()) {
        throw new TooComplex(
            where, "document expands to more than " + limits.maxNodes() + " nodes (alias bomb?); skipped");
      }
      Frame top = stack.peek();
      if (top == null) {
        root = node;
        return;
      }
      top.childHeight = Math.max(top.childHeight, height);
      if (!top.map) {
        top.items.add(node);
        return;
      }
      if (top.pendingKey == null) {
        if (!(node instanceof ScalarNode key)) {
          throw new TooComplex(where, "mapping key is not a scalar; Kubernetes objects only have string keys", true);
        }
        String k = key.value();
        boolean merge = MERGE_KEY.equals(k) && key.isPlain();
        Integer first = top.firstLine(k, where.line());
        if (first != null && !merge) {
          throw new TooComplex(
              where, "duplicate key \"" + k + "\" (first at line " + first + "); kubectl rejects this document");
        }
        top.pendingKey = k;
        top.pendingKeyPosition = where;
        return;
      }
      if (MERGE_KEY.equals(top.pendingKey) && (node.isMap() || node.isList())) {
        top.merges.add(node);
      } else {
        top.put(top.pendingKey, node);
      }
      top.pendingKey = null;
      top.pendingKeyPosition = null;
    }
  }
}
