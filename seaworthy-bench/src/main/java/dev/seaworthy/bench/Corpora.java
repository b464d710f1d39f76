package dev.seaworthy.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Generated corpora for benchmarks: written to a temporary folder, deleted by {@link #delete}. */
public final class Corpora {

  private Corpora() {}

  /** A manifest corpus of about {@code resources} objects, 30% of them with a planted mistake. */
  public static Path manifests(int resources, long seed) {
    try {
      Path dir = Files.createTempDirectory("seaworthy-corpus-");
      new CorpusGenerator(seed, 0.3, resources, dir).manifests();
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
