package dev.seaworthy.rules.observability;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class FluentBitTailMemBufLimitMissingTest {

  private final RuleTester tester = RuleTester.forRule(new FluentBitTailMemBufLimitMissing());

  @Test
  void positive_tailInputsWithoutALimit() {
    tester
        .yaml("""
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: fluent-bit-config
            data:
              fluent-bit.conf: |
                [SERVICE]
                    Flush 5

                # expect: fluent-bit-tail-mem-buf-limit-missing tail input reading /var/log/containers/*.log (fluent-bit.conf line 5) sets no Mem_Buf_Limit
                [INPUT]
                    Name              tail
                    Path              /var/log/containers/*.log
                    multiline.parser  docker, cri
                    storage.type      memory

                # expect: fluent-bit-tail-mem-buf-limit-missing <no Path>
                [INPUT]
                    Name              tail
            """)
        .verify();
  }

  @Test
  void negative_guideConfigLimitOrFilesystemBufferingAndOtherInputs() {
    tester
        .yaml(FluentBitDockerParserTest.GUIDE)
        .yaml("""
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: fluent-bit-config
            data:
              application-log.conf: |
                [INPUT]
                    Name                tail
                    Path                /var/log/containers/*.log
                    mem_buf_limit       50MB
                [INPUT]
                    Name                tail
                    Path                /var/log/containers/*.log
                    storage.type        filesystem
                [INPUT]
                    Name                systemd
                    Systemd_Filter      _SYSTEMD_UNIT=kubelet.service
            """)
        .verify();
  }
}
