package dev.seaworthy.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.cli.SeaworthyCli;
import dev.seaworthy.cli.Terminal;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The output of an audit does not depend on the thread count: files are parsed and resources
 * evaluated in parallel, and everything is put back in order. Checked on a generated corpus of
 * 1,500 objects in nested folders (big enough for both stages to split the work), every format,
 * byte for byte.
 */
class ThreadCountTest {

  private static Path corpus;

  @BeforeAll
  static void generate() {
    corpus = Corpora.manifests(1500, 99);
  }

  @AfterAll
  static void delete() {
    Corpora.delete(corpus);
  }

  @Test
  void everyFormatIsTheSameForOneAndManyThreads() {
    for (String format : new String[] {"json", "text", "sarif", "junit", "markdown"}) {
      String one = audit(format, 1);
      assertThat(one).as(format).contains("web").hasSizeGreaterThan(5_000);
      assertThat(audit(format, 2)).as(format + " on 2 threads").isEqualTo(one);
    }
  }

  @Test
  void moreThreadsThanCpus() {
    assertThat(audit("json", 7)).isEqualTo(audit("json", 1));
  }

  @Test
  void theCorpusIsTheSameForTheSameSeed() {
    Path again = Corpora.manifests(1500, 99);
    try {
      assertThat(auditOf(again, "json", 1).replace(again.toString(), "ROOT"))
          .isEqualTo(audit("json", 1).replace(corpus.toString(), "ROOT"));
    } finally {
      Corpora.delete(again);
    }
  }

  private static String audit(String format, int threads) {
    return auditOf(corpus, format, threads);
  }

  private static String auditOf(Path dir, String format, int threads) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Terminal terminal =
        new Terminal(
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            Map.of(),
            false);
    int code = SeaworthyCli.run(terminal, "audit", dir.toString(), "-o", format, "--threads", String.valueOf(threads),
        "--date", "2026-01-15", "--no-config");
    assertThat(code).as("exit code").isEqualTo(3);
    return out.toString(StandardCharsets.UTF_8);
  }
}
