package dev.seaworthy.bench.jmh;

import dev.seaworthy.bench.Corpora;
import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.load.LoadedInput;
import dev.seaworthy.core.load.ManifestLoader;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.view.LabelSelector;
import dev.seaworthy.core.view.PodSpecView;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Indexing a corpus into an {@link Inventory}, and the selector lookups cross-resource rules make:
 * the Services selecting each pod, the pods each PodDisruptionBudget selects.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class InventoryBenchmark {

  @Param({"1000", "10000"})
  public int resources;

  private List<Resource> input;
  private Inventory inventory;
  private final List<String> pdbNamespaces = new ArrayList<>();
  private final List<LabelSelector> pdbSelectors = new ArrayList<>();

  @Setup
  public void setUp() {
    Path dir = Corpora.manifests(resources, 11);
    try {
      LoadedInput loaded = new ManifestLoader().load(List.of(dir.toString()));
      input = loaded.resources();
    } finally {
      Corpora.delete(dir);
    }
    inventory = new Inventory(input);
    for (Resource r : inventory.ofKind("PodDisruptionBudget")) {
      pdbNamespaces.add(Inventory.namespaceOf(r));
      pdbSelectors.add(LabelSelector.of(r.node().at("spec", "selector")));
    }
  }

  @Benchmark
  public Inventory index() {
    return new Inventory(input);
  }

  @Benchmark
  public void servicesSelectingEachPod(Blackhole bh) {
    for (PodSpecView pod : inventory.podSpecs()) {
      bh.consume(inventory.servicesSelecting(pod));
    }
  }

  @Benchmark
  public void podsSelectedByEachPdb(Blackhole bh) {
    for (int i = 0; i < pdbSelectors.size(); i++) {
      bh.consume(inventory.podSpecsMatching(pdbNamespaces.get(i), pdbSelectors.get(i)));
    }
  }
}
