package dev.seaworthy.core.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * A mapping with string keys, in document order. Stored as two arrays rather than a hash map: a
 * loaded corpus holds millions of small mappings, and a LinkedHashMap costs several times the memory
 * of the entries themselves. Larger mappings get a hash index for lookups.
 */
public final class MapNode implements Node {

  /** Up to this many keys a linear scan beats hashing. */
  private static final int LINEAR = 8;

  // the position's parts rather than a Position: one object less per node of a large corpus
  private final String file;
  private final int line;
  private final int column;
  private final String[] keys;
  private final Node[] values;
  private final Map<String, Integer> index;
  private final long weight;

  public MapNode(Position position, Map<String, Node> entries) {
    this(position, entries.keySet().toArray(new String[0]), entries.values().toArray(new Node[0]));
  }

  private MapNode(Position position, String[] keys, Node[] values) {
    Objects.requireNonNull(position, "position");
    this.file = position.file();
    this.line = position.line();
    this.column = position.column();
    this.keys = keys;
    this.values = values;
    long w = 1;
    for (Node n : values) {
      w += Objects.requireNonNull(n, "value").weight();
    }
    this.weight = w;
    if (keys.length > LINEAR) {
      Map<String, Integer> i = new HashMap<>(keys.length * 2);
      for (int k = 0; k < keys.length; k++) {
        i.putIfAbsent(keys[k], k);
      }
      this.index = i;
    } else {
      this.index = null;
    }
  }

  /**
   * A mapping from parallel arrays of distinct keys and their values, in document order; the arrays
   * are taken as they are (the loader builds them for this node only).
   */
  public static MapNode ofDistinct(Position position, String[] keys, Node[] values) {
    if (keys.length != values.length) {
      throw new IllegalArgumentException("keys and values differ in length");
    }
    return new MapNode(position, keys, values);
  }

  @Override
  public Position position() {
    return new Position(file, line, column);
  }

  private int find(String key) {
    if (index != null) {
      Integer i = index.get(key);
      return i == null ? -1 : i;
    }
    for (int i = 0; i < keys.length; i++) {
      if (keys[i].equals(key)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public Node get(String key) {
    int i = find(key);
    return i < 0 ? MissingNode.INSTANCE : values[i];
  }

  @Override
  public Map<String, Node> entries() {
    return new Entries();
  }

  public boolean has(String key) {
    return find(key) >= 0;
  }

  @Override
  public long weight() {
    return weight;
  }

  @Override
  public String toString() {
    return entries().toString();
  }

  /** A read-only, ordered view of the arrays. */
  private final class Entries extends AbstractMap<String, Node> {
    @Override
    public int size() {
      return keys.length;
    }

    @Override
    public boolean containsKey(Object key) {
      return key instanceof String s && find(s) >= 0;
    }

    @Override
    public Node get(Object key) {
      if (!(key instanceof String s)) {
        return null;
      }
      int i = find(s);
      return i < 0 ? null : values[i];
    }

    @Override
    public void forEach(java.util.function.BiConsumer<? super String, ? super Node> action) {
      for (int i = 0; i < keys.length; i++) {
        action.accept(keys[i], values[i]);
      }
    }

    @Override
    public Set<Map.Entry<String, Node>> entrySet() {
      return new AbstractSet<>() {
        @Override
        public int size() {
          return keys.length;
        }

        @Override
        public Iterator<Map.Entry<String, Node>> iterator() {
          return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
              return next < keys.length;
            }

            @Override
            public Map.Entry<String, Node> next() {
              if (next >= keys.length) {
                throw new NoSuchElementException();
              }
              int i = next++;
              return new AbstractMap.SimpleImmutableEntry<>(keys[i], values[i]);
            }
          };
        }
      };
    }
  }
}
