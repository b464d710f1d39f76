package dev.seaworthy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** -o and --output: several reports from one audit run. */
class OutputOptionsTest {

  private static final String GUIDE = Path.of("..", "examples", "eks-production").toString();
  private static final String POD = """
      apiVersion: v1
      kind: Pod
      metadata:
        name: debug
      spec:
        containers:
          - name: shell
            image: busybox:1.36
            securityContext:
              privileged: true
      """;

  @TempDir Path dir;

  private Path pod() throws IOException {
    Path p = dir.resolve("in").resolve("pod.yaml");
    Files.createDirectories(p.getParent());
    Files.writeString(p, POD);
    return p;
  }

  @Test
  void oneRunWritesTextJsonSarifJunitAndMarkdown() throws Exception {
    Path reports = dir.resolve("reports");
    CliRun run = CliRun.of("audit", "--no-config", "--date", "2026-11-24", GUIDE,
        "--output", "json=" + reports.resolve("seaworthy.json"),
        "--output", "sarif=" + reports.resolve("nested/deeper/seaworthy.sarif"),
        "--output", "junit=" + reports.resolve("junit/seaworthy.xml"),
        "--output", "markdown=" + reports.resolve("comment.md"));
    assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).as("text on stdout").contains("[api-removed]").containsPattern("score \\d+/100, grade [A-F]");

    String json = Files.readString(reports.resolve("seaworthy.json"));
    assertThat(json).startsWith("{").contains("\"schemaVersion\": \"1.0\"");
    String sarif = Files.readString(reports.resolve("nested/deeper/seaworthy.sarif"));
    assertThat(sarif).contains("\"version\": \"2.1.0\"").contains("\"ruleId\": \"api-removed\"");
    Document junit = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(reports.resolve("junit/seaworthy.xml").toFile());
    assertThat(junit.getDocumentElement().getTagName()).isEqualTo("testsuites");
    assertThat(Integer.parseInt(junit.getDocumentElement().getAttribute("failures"))).isPositive();
    String markdown = Files.readString(reports.resolve("comment.md"));
    assertThat(markdown).startsWith("## Seaworthy: grade ").contains("[api-removed](");

    // a file holds exactly what -o would have printed
    assertThat(json).isEqualTo(CliRun.of("audit", "--no-config", "--date", "2026-11-24", GUIDE, "-o", "json").out());
    assertThat(sarif).isEqualTo(CliRun.of("audit", "--no-config", "--date", "2026-11-24", GUIDE, "-o", "sarif").out());
    try (Stream<Path> files = Files.walk(reports)) {
      assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
          .as("no temporary files left behind").containsExactlyInAnyOrder("seaworthy.json", "seaworthy.sarif", "seaworthy.xml", "comment.md");
    }
  }

  @Test
  void eachFormatCanGoToStandardOutput() throws IOException {
    Path f = pod();
    for (String format : new String[] {"text", "json", "sarif", "junit", "markdown"}) {
      CliRun run = CliRun.of("audit", "--no-config", "-o", format, f.toString());
      assertThat(run.exitCode()).as(format).isEqualTo(ExitCode.FINDINGS);
      assertThat(run.out()).as(format).contains("privileged");
    }
  }

  @Test
  void anOutputToDashReplacesTheDefaultText() throws IOException {
    Path f = pod();
    CliRun run = CliRun.of("audit", "--no-config", f.toString(), "--output", "sarif=-");
    assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
    assertThat(run.out()).startsWith("{").contains("\"version\": \"2.1.0\"").doesNotContain("score 0/100");
  }

  @Test
  void twoFormatsToStandardOutputIsAUsageError() throws IOException {
    Path f = pod();
    CliRun explicit = CliRun.of("audit", "--no-config", "-o", "text", "--output", "json=-", f.toString());
    assertThat(explicit.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(explicit.err()).isEqualTo("seaworthy: --output json=-: -o text already writes to standard output; only one format can go there\n");
    assertThat(explicit.out()).isEmpty();

    CliRun twice = CliRun.of("audit", "--no-config", "--output", "json=-", "--output", "sarif=-", f.toString());
    assertThat(twice.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(twice.err()).contains("--output sarif=-: --output json=- already writes to standard output");
  }

  @Test
  void malformedOrConflictingOutputsAreUsageErrorsBeforeTheAudit() throws IOException {
    Path f = pod();
    for (String spec : new String[] {"json", "=x.json", "json=", "xml=x.xml"}) {
      CliRun run = CliRun.of("audit", "--no-config", "--output", spec, f.toString());
      assertThat(run.exitCode()).as(spec).isEqualTo(ExitCode.USAGE);
      assertThat(run.err().lines()).as(spec).hasSize(1).allSatisfy(l -> assertThat(l).startsWith("seaworthy: --output " + spec + ": "));
      assertThat(run.out()).isEmpty();
    }
    assertThat(CliRun.of("audit", "--output", "xml=x.xml", f.toString()).err()).contains("unknown format \"xml\" (one of text, json, sarif, junit, markdown");

    Path same = dir.resolve("same.out");
    CliRun clash = CliRun.of("audit", "--no-config", "--output", "json=" + same, "--output", "sarif=" + dir.resolve("x/../same.out"), f.toString());
    assertThat(clash.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(clash.err()).contains("already writes to").contains("give each report its own file");
    assertThat(same).doesNotExist();
  }

  @Test
  void anUnwritableFileExitsTwoAndTheOtherReportsAreStillWritten() throws IOException {
    Path f = pod();
    Path blocker = dir.resolve("blocker");
    Files.writeString(blocker, "a file, not a folder");
    Path folder = Files.createDirectories(dir.resolve("a-folder"));
    Path good = dir.resolve("ok/report.sarif");
    CliRun run = CliRun.of("audit", "--no-config", f.toString(),
        "--output", "json=" + blocker.resolve("report.json"),
        "--output", "junit=" + folder,
        "--output", "sarif=" + good);
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err().lines()).hasSize(2);
    assertThat(run.err()).contains("seaworthy: cannot write the json report to " + blocker.resolve("report.json") + ": ")
        .contains("seaworthy: cannot write the junit report to " + folder + ": is a folder")
        .doesNotContain("Exception");
    assertThat(good).exists();
    assertThat(run.out()).as("stdout still has the text report").contains("[privileged-container]");
    assertThat(Files.readString(blocker)).isEqualTo("a file, not a folder");
  }

  @Test
  void anExistingReportIsReplaced() throws IOException {
    Path f = pod();
    Path out = dir.resolve("report.json");
    Files.writeString(out, "stale");
    CliRun run = CliRun.of("audit", "--no-config", f.toString(), "--output", "json=" + out);
    assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
    assertThat(Files.readString(out)).startsWith("{").contains("privileged-container");
  }

  @Test
  void reportsGetTheModeOfAnyNewFile() throws IOException {
    Path f = pod();
    Path out = dir.resolve("report.sarif");
    CliRun.of("audit", "--no-config", f.toString(), "--output", "sarif=" + out);
    Path reference = Files.writeString(dir.resolve("reference"), "x");
    if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
      assertThat(Files.getPosixFilePermissions(out)).isEqualTo(Files.getPosixFilePermissions(reference));
    }
  }

  @Test
  void aReportInsideTheAuditedFolderIsWarnedAbout() throws IOException {
    Path f = pod();
    Path in = f.getParent();
    CliRun run = CliRun.of("audit", "--no-config", in.toString(), "--output", "json=" + in.resolve("report.json"),
        "--output", "markdown=" + in.resolve("comment.md"));
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err()).contains("warning: " + in.resolve("report.json") + " is inside the audited folder");
  }

  @Test
  void filesNeverGetColoursEvenOnATerminal() throws IOException {
    Path f = pod();
    Path out = dir.resolve("report.txt");
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    Terminal tty = new Terminal(new ByteArrayInputStream(new byte[0]), new PrintStream(stdout, true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), Map.of("TERM", "xterm"), true);
    int code = SeaworthyCli.run(tty, "audit", "--no-config", f.toString(), "--output", "text=" + out);
    assertThat(code).isEqualTo(ExitCode.FINDINGS);
    assertThat(stdout.toString(StandardCharsets.UTF_8)).contains("\u001b[");
    assertThat(Files.readString(out)).contains("[privileged-container]").doesNotContain("\u001b[");
  }
}
