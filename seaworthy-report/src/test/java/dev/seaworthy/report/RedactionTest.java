package dev.seaworthy.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.engine.AuditReport;
import org.junit.jupiter.api.Test;

/** Every reporter redacts every string that comes from the input. */
class RedactionTest {

  private static final String KEY = "AKIAABCDEFGHIJKLMNOP";
  private static final String TOKEN = "ghp_abcdefghijklmnopqrstuvwxyz0123456789";

  /** A credential in the file name, apiVersion, kind, namespace, name, container, reason, notice, input error, rule failure. */
  private static AuditReport leaky() {
    String objects = """
        apiVersion: example.com/%1$s
        kind: K-%1$s
        metadata: {name: a, namespace: %1$s}
        ---
        apiVersion: v1
        kind: Pod
        metadata:
          name: %1$s
          annotations:
            seaworthy.dev/ignore: "privileged-container,no-such-rule"
            seaworthy.dev/ignore-reason: "approved with %2$s"
        spec:
          containers:
            - {name: c-%1$s, image: "busybox:1.36", securityContext: {privileged: true}}
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: x}
        spec:
          containers:
            - {name: %1$s, image: "busybox:1.36", securityContext: {privileged: true}}
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: boom-%1$s}
        """.formatted(KEY, TOKEN);
    String broken = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n  %1$s: 1\n  %1$s: 2\n".formatted(KEY);
    return ReportFixtures.auditFiles("dir-" + KEY + "/objects.yaml", objects, TOKEN + ".yaml", broken);
  }

  @Test
  void noFormatLeaksACredential() throws Exception {
    AuditReport report = leaky();
    assertThat(report.suppressed()).isNotEmpty();
    assertThat(report.inputErrors()).isNotEmpty();
    assertThat(report.notices()).isNotEmpty();
    assertThat(report.ruleFailures()).isNotEmpty();
    for (String format : Reporters.formats()) {
      StringBuilder sb = new StringBuilder();
      Reporters.find(format).orElseThrow().write(report, ReportFixtures.OPTIONS, sb);
      assertThat(sb.toString()).as(format).doesNotContain(KEY).doesNotContain(TOKEN).contains("REDACTED");
    }
  }
}
