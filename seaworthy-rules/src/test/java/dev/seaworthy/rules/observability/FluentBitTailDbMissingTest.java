package dev.seaworthy.rules.observability;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class FluentBitTailDbMissingTest {

  private final RuleTester tester = RuleTester.forRule(new FluentBitTailDbMissing());

  @Test
  void positive_tailInputWithoutPositionFile() {
    tester
        .yaml("""
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: fluent-bit-config
            data:
              input.conf: |
                # expect: fluent-bit-tail-db-missing tail input reading /var/log/containers/*.log (input.conf line 2) has no DB position file
                [INPUT]
                    Name              tail
                    Path              /var/log/containers/*.log
                    multiline.parser  docker, cri
                    Mem_Buf_Limit     50MB
                    DB
            """)
        .verify();
  }

  @Test
  void negative_guideConfigAndNonTailInputs() {
    tester
        .yaml(FluentBitDockerParserTest.GUIDE)
        .yaml("""
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: fluent-bit-config
            data:
              fluent-bit.conf: |
                [INPUT]
                    Name   systemd
                [INPUT]
                    Name   tail
                    db     /var/fluent-bit/state/flb.db
                    Path   /var/log/containers/*.log
            """)
        .verify();
  }
}
