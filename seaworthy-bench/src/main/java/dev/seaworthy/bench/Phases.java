package dev.seaworthy.bench;

import dev.seaworthy.core.config.AuditConfig;
import dev.seaworthy.core.engine.AuditEngine;
import dev.seaworthy.core.engine.AuditReport;
import dev.seaworthy.core.load.LoadLimits;
import dev.seaworthy.core.load.LoadedInput;
import dev.seaworthy.core.load.ManifestLoader;
import dev.seaworthy.core.rule.RuleRegistry;
import dev.seaworthy.report.JsonReporter;
import dev.seaworthy.report.ReportOptions;
import dev.seaworthy.rules.BuiltInRules;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Where the time of one audit goes, in one JVM: load (walk, read, parse), evaluate, JSON report (to
 * a null stream). {@code phases [--threads N] [--repeat R] DIR}: repeats show the warmed-up cost.
 */
final class Phases {

  private Phases() {}

  static int run(String[] args) throws Exception {
    int threads = Runtime.getRuntime().availableProcessors();
    int repeat = 1;
    String dir = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--threads" -> threads = Integer.parseInt(args[++i]);
        case "--repeat" -> repeat = Integer.parseInt(args[++i]);
        default -> dir = args[i];
      }
    }
    RuleRegistry registry = RuleRegistry.withPlugins(BuiltInRules.all());
    AuditConfig config = AuditConfig.defaults().withThreads(threads);
    for (int r = 0; r < repeat; r++) {
      long t0 = System.nanoTime();
      LoadedInput input = new ManifestLoader(LoadLimits.DEFAULTS, () -> System.in, List.of(), threads).load(List.of(dir));
      long t1 = System.nanoTime();
      AuditReport report = new AuditEngine(registry).audit(input, config);
      long t2 = System.nanoTime();
      try (Writer w = new BufferedWriter(new OutputStreamWriter(java.io.OutputStream.nullOutputStream(), StandardCharsets.UTF_8))) {
        new JsonReporter().write(report, new ReportOptions("bench", false), w);
      }
      long t3 = System.nanoTime();
      System.out.printf(Locale.ROOT, "run %d: load %.2f s, evaluate %.2f s, json %.2f s; %d resources, %d findings%n",
          r + 1, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, report.resourcesAudited(), report.findings().size());
    }
    return 0;
  }
}
