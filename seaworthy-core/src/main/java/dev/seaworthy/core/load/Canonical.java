package dev.seaworthy.core.load;

import java.util.concurrent.ConcurrentHashMap;

/**
 * One shared instance of each short string a loader reads. Manifests repeat the same keys and many
 * of the same values ({@code apiVersion}, {@code name}, {@code "true"}, label values) in every
 * object; keeping one copy cuts the memory of a large corpus by a third. Bounded, so unique strings
 * (digests, long text) never make it grow without limit. Thread-safe: files are parsed in parallel.
 */
final class Canonical {

  private static final int MAX_LENGTH = 64;
  private static final int MAX_ENTRIES = 1 << 17;

  private final ConcurrentHashMap<String, String> strings = new ConcurrentHashMap<>(1 << 12);

  String of(String s) {
    if (s.length() > MAX_LENGTH) {
      return s;
    }
    String known = strings.get(s);
    if (known != null) {
      return known;
    }
    if (strings.size() >= MAX_ENTRIES) {
      return s;
    }
    known = strings.putIfAbsent(s, s);
    return known == null ? s : known;
  }
}
