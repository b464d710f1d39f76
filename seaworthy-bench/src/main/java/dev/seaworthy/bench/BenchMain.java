package dev.seaworthy.bench;

import java.util.Arrays;

/**
 * Entry point of {@code benchmarks.jar}: {@code generate ...} writes a corpus, {@code parse DIR...}
 * times the bare snakeyaml-engine parse of a corpus, {@code phases DIR} times load, evaluation and
 * report of one audit in one JVM; anything else goes to JMH.
 */
public final class BenchMain {

  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("generate")) {
      System.exit(CorpusGenerator.run(Arrays.copyOfRange(args, 1, args.length)));
    }
    if (args.length > 0 && args[0].equals("phases")) {
      System.exit(Phases.run(Arrays.copyOfRange(args, 1, args.length)));
    }
    if (args.length > 0 && args[0].equals("parse")) {
      System.exit(BareParse.run(Arrays.copyOfRange(args, 1, args.length)));
    }
    org.openjdk.jmh.Main.main(args);
  }
}
