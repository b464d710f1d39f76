package dev.seaworthy.bench.jmh;

import dev.seaworthy.bench.Corpora;
import dev.seaworthy.core.load.LoadLimits;
import dev.seaworthy.core.load.YamlDocument;
import dev.seaworthy.core.load.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;

/**
 * YAML text to Node trees for the files of a 1,000-object corpus (about 1 MB), next to the floor:
 * snakeyaml-engine's parser alone over the same text. The ratio of the two is the loader's overhead.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ParseBenchmark {

  private final List<String> names = new ArrayList<>();
  private final List<String> texts = new ArrayList<>();
  private final YamlReader reader = new YamlReader(LoadLimits.DEFAULTS);
  private final LoadSettings settings = LoadSettings.builder().setUseMarks(true).build();

  @Setup
  public void setUp() throws IOException {
    Path dir = Corpora.manifests(1000, 7);
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        names.add(dir.relativize(f).toString());
        texts.add(Files.readString(f));
      }
    } finally {
      Corpora.delete(dir);
    }
  }

  @Benchmark
  public void nodeTrees(Blackhole bh) {
    for (int i = 0; i < texts.size(); i++) {
      List<YamlDocument> docs = reader.read(names.get(i), texts.get(i));
      bh.consume(docs);
    }
  }

  @Benchmark
  public void bareSnakeyamlEvents(Blackhole bh) {
    for (String text : texts) {
      for (Event e : new Parse(settings).parseString(text)) {
        bh.consume(e);
      }
    }
  }
}
