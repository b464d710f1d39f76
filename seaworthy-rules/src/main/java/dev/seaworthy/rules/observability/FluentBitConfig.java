package dev.seaworthy.rules.observability;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Fluent Bit's classic configuration format, read just far enough to judge it: {@code [SECTION]}
 * headers and {@code Key Value} lines, with the 0-based line of each inside the text. Comments and
 * {@code @INCLUDE}/{@code @SET} directives are skipped; keys compare case-insensitively, as Fluent
 * Bit reads them.
 */
record FluentBitConfig(List<Section> sections) {

  /** One {@code Key Value} line. */
  record Entry(String key, String value, int line, String text) {}

  /** One section and its entries, in order. */
  record Section(String name, int line, List<Entry> entries) {

    boolean is(String sectionName) {
      return name.equalsIgnoreCase(sectionName);
    }

    Optional<Entry> get(String key) {
      return entries.stream().filter(e -> e.key().equalsIgnoreCase(key)).findFirst();
    }

    String value(String key) {
      return get(key).map(Entry::value).orElse("");
    }

    /** The plugin name ({@code Name tail}), lower-cased. */
    String plugin() {
      return value("Name").toLowerCase(Locale.ROOT);
    }
  }

  static FluentBitConfig parse(String text) {
    List<Section> sections = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    String name = null;
    int header = -1;
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#") || line.startsWith("@")) {
        continue;
      }
      if (line.startsWith("[") && line.endsWith("]")) {
        if (name != null) {
          sections.add(new Section(name, header, List.copyOf(entries)));
        }
        name = line.substring(1, line.length() - 1).strip();
        header = i;
        entries = new ArrayList<>();
        continue;
      }
      if (name == null) {
        continue;
      }
      int space = indexOfWhitespace(line);
      String key = space < 0 ? line : line.substring(0, space);
      String value = space < 0 ? "" : line.substring(space).strip();
      entries.add(new Entry(key, value, i, lines[i]));
    }
    if (name != null) {
      sections.add(new Section(name, header, List.copyOf(entries)));
    }
    return new FluentBitConfig(List.copyOf(sections));
  }

  /** Whether a text is a Fluent Bit pipeline config (not a parsers file, not something else). */
  static boolean looksLikeFluentBit(String text) {
    for (String raw : text.split("\n")) {
      String line = raw.strip().toUpperCase(Locale.ROOT);
      if (line.equals("[SERVICE]") || line.equals("[INPUT]") || line.equals("[OUTPUT]") || line.equals("[FILTER]")) {
        return true;
      }
    }
    return false;
  }

  List<Section> all(String sectionName) {
    return sections.stream().filter(s -> s.is(sectionName)).toList();
  }

  /** The tail inputs. */
  List<Section> tailInputs() {
    return all("INPUT").stream().filter(s -> s.plugin().equals("tail")).toList();
  }

  private static int indexOfWhitespace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isWhitespace(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }
}
