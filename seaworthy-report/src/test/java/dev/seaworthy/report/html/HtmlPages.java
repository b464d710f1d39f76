package dev.seaworthy.report.html;

import dev.seaworthy.core.config.AuditConfig;
import dev.seaworthy.core.engine.AuditEngine;
import dev.seaworthy.core.engine.AuditReport;
import dev.seaworthy.core.load.LoadedInput;
import dev.seaworthy.core.load.ManifestLoader;
import dev.seaworthy.core.rule.RuleRegistry;
import dev.seaworthy.report.ReportFixtures;
import dev.seaworthy.report.ReportInput;
import dev.seaworthy.report.ReportOptions;
import dev.seaworthy.rules.BuiltInRules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The pages the HTML tests look at, rendered with the real rule catalog and written under
 * {@code target/html-pages/}: the guide's example, and a hostile manifest whose names, labels,
 * annotations, images and even file names are markup and script.
 */
final class HtmlPages {

  static final Path DIR = Path.of("target", "html-pages");

  static final String SCRIPT = "<script>alert(1)</script>";
  static final String IMG = "\"><img src=x onerror=alert(1)>";
  static final String CLOSE_SCRIPT = "</script><script>alert(1)</script>";
  static final String JS_URL = "javascript:alert(1)";
  static final String COMMENT = "<!-- <script>window.__pwned=1</script>";
  static final String SVG = "'><svg onload=window.__pwned=2>";

  /** Every payload of the hostile manifest, as it must appear in the page's text. */
  static final List<String> PAYLOADS = List.of(SCRIPT, IMG, CLOSE_SCRIPT, JS_URL, COMMENT, SVG);

  /** A hostile file name (Linux allows all of it): the path shows in locations, attributes and snippets. */
  static final String HOSTILE_FILE = "\"><img src=x onerror=window.__pwned=3>.yaml";

  static final String HOSTILE = """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: "<script>alert(1)</script>"
        namespace: "</script><script>alert(1)</script>"
        labels:
          app: "\\"><img src=x onerror=alert(1)>"
        annotations:
          link: "javascript:alert(1)"
          seaworthy.dev/ignore: "image-tag-mutable"
          seaworthy.dev/ignore-reason: "<!-- <script>window.__pwned=1</script>"
      spec:
        replicas: 1
        selector:
          matchLabels:
            app: "\\"><img src=x onerror=alert(1)>"
        template:
          metadata:
            labels:
              app: "\\"><img src=x onerror=alert(1)>"
          spec:
            containers:
              - name: "javascript:alert(1)"
                image: "nginx:latest"
                securityContext:
                  privileged: true
      ---
      apiVersion: v1
      kind: Service
      metadata:
        name: "'><svg onload=window.__pwned=2>"
        namespace: "</script><script>alert(1)</script>"
      spec:
        selector:
          app: "<script>alert(1)</script>"
        ports:
          - port: 80
            targetPort: "<script>alert(1)</script>"
      """;

  static final String HOSTILE_NAMED = """
      apiVersion: v1
      kind: Pod
      metadata:
        name: "<!-- <script>window.__pwned=1</script>"
      spec:
        containers:
          - name: app
            image: "'><svg onload=window.__pwned=2>"
      ---
      apiVersion: v1
      kind: ConfigMap
      metadata: {name: broken
      """;

  private static Path guide;
  private static Path hostile;

  private HtmlPages() {}

  static synchronized Path guide() {
    if (guide == null) {
      LoadedInput input = new ManifestLoader().load(List.of(Path.of("..", "examples", "eks-production").toString()));
      guide = render("guide.html", input);
    }
    return guide;
  }

  static synchronized Path hostile() {
    if (hostile == null) {
      try {
        Path dir = DIR.resolve("hostile");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("hostile.yaml"), HOSTILE, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(HOSTILE_FILE), HOSTILE_NAMED, StandardCharsets.UTF_8);
        LoadedInput input = new ManifestLoader().load(List.of(dir.toString()));
        hostile = render("hostile.html", input);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return hostile;
  }

  static AuditReport audit(LoadedInput input) {
    return new AuditEngine(new RuleRegistry(BuiltInRules.all()))
        .audit(input, AuditConfig.defaults().withAuditDate(ReportFixtures.DATE).withThreads(1));
  }

  static ReportOptions options(LoadedInput input) {
    return new ReportOptions("0.1.0-test", false, new ReportInput(input.resources(), new RuleRegistry(BuiltInRules.all()).metas()));
  }

  static String html(LoadedInput input) {
    StringBuilder sb = new StringBuilder();
    try {
      new HtmlReporter().write(audit(input), options(input), sb);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sb.toString();
  }

  private static Path render(String name, LoadedInput input) {
    try {
      Files.createDirectories(DIR);
      Path page = DIR.resolve(name);
      Files.writeString(page, html(input), StandardCharsets.UTF_8);
      return page.toAbsolutePath();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
