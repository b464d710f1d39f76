package dev.seaworthy.bench.jmh;

import dev.seaworthy.bench.Corpora;
import dev.seaworthy.core.config.AuditConfig;
import dev.seaworthy.core.engine.AuditEngine;
import dev.seaworthy.core.engine.AuditReport;
import dev.seaworthy.core.load.ManifestLoader;
import dev.seaworthy.core.rule.RuleRegistry;
import dev.seaworthy.report.ReportOptions;
import dev.seaworthy.report.Reporter;
import dev.seaworthy.report.Reporters;
import dev.seaworthy.rules.BuiltInRules;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
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

/** Each reporter rendering the audit of a 1,000-object corpus (about 400 findings) to a null writer. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ReporterBenchmark {

  @Param({"text", "json", "sarif", "junit", "markdown"})
  public String format;

  private Reporter reporter;
  private AuditReport report;

  @Setup
  public void setUp() {
    Path dir = Corpora.manifests(1000, 13);
    try {
      var input = new ManifestLoader().load(List.of(dir.toString()));
      report = new AuditEngine(RuleRegistry.withPlugins(BuiltInRules.all()))
          .audit(input, AuditConfig.defaults().withAuditDate(LocalDate.of(2026, 1, 15)));
    } finally {
      Corpora.delete(dir);
    }
    reporter = Reporters.find(format).orElseThrow();
  }

  @Benchmark
  public void render() throws IOException {
    reporter.write(report, new ReportOptions("bench", false), Writer.nullWriter());
  }
}
