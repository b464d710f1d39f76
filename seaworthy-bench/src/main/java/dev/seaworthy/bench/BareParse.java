package dev.seaworthy.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;

/**
 * The floor an audit is compared with: read every {@code .yaml}/{@code .yml}/{@code .json} file
 * under the given folders and run snakeyaml-engine's parser over it (events only, with marks, as
 * Seaworthy's loader does), nothing else. {@code --threads N} parses files on N threads.
 */
final class BareParse {

  private BareParse() {}

  static int run(String[] args) throws IOException {
    int threads = 1;
    List<Path> roots = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--threads")) {
        threads = Integer.parseInt(args[++i]);
      } else {
        roots.add(Path.of(args[i]));
      }
    }
    List<Path> files = new ArrayList<>();
    for (Path root : roots) {
      try (Stream<Path> s = Files.walk(root)) {
        s.filter(Files::isRegularFile).filter(BareParse::isManifest).sorted().forEach(files::add);
      }
    }
    LoadSettings settings = LoadSettings.builder().setUseMarks(true).setCodePointLimit(Integer.MAX_VALUE).build();
    AtomicLong events = new AtomicLong();
    AtomicLong bytes = new AtomicLong();
    Stream<Path> stream = threads > 1 ? files.parallelStream() : files.stream();
    Runnable work = () -> stream.forEach(f -> {
      try {
        byte[] data = Files.readAllBytes(f);
        bytes.addAndGet(data.length);
        long n = 0;
        for (Event ignored : new Parse(settings).parseString(new String(data, StandardCharsets.UTF_8))) {
          n++;
        }
        events.addAndGet(n);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    if (threads > 1) {
      java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(threads);
      try {
        pool.submit(work).join();
      } finally {
        pool.shutdown();
      }
    } else {
      work.run();
    }
    System.out.printf(Locale.ROOT, "parsed %d files, %d bytes, %d events%n", files.size(), bytes.get(), events.get());
    return 0;
  }

  private static boolean isManifest(Path p) {
    String n = p.getFileName().toString();
    return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
  }
}
