package dev.seaworthy.rules.observability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.rule.PatchOp;
import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class FluentBitDockerParserTest {

  private final RuleTester tester = RuleTester.forRule(new FluentBitDockerParser());

  /** examples/eks-production/logging/fluent-bit.yaml, byte for byte: "Parser docker" is on line 18. */
  static final String GUIDE = """
      # Guide section "Centralized Logging to CloudWatch": the Fluent Bit configuration.
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: fluent-bit-config
        namespace: amazon-cloudwatch
      data:
        fluent-bit.conf: |
          [SERVICE]
              Flush                     5
              Log_Level                 info
              Daemon                    off

          [INPUT]
              Name                      tail
              Tag                       kube.*
              Path                      /var/log/containers/*.log
              Parser                    docker
              DB                        /var/log/flb_kube.db
              Mem_Buf_Limit            50MB
              Skip_Long_Lines          On

          [FILTER]
              Name                      kubernetes
              Match                     kube.*
              Kube_URL                 https://kubernetes.default.svc:443
              Kube_CA_File             /var/run/secrets/kubernetes.io/serviceaccount/ca.crt
              Kube_Token_File          /var/run/secrets/kubernetes.io/serviceaccount/token
              Merge_Log                On
              K8S-Logging.Parser       On
              K8S-Logging.Exclude      On

          [OUTPUT]
              Name                      cloudwatch_logs
              Match                     *
              region                    us-east-1
              log_group_name           /eks/production-cluster
              log_stream_prefix        ${HOSTNAME}-
              auto_create_group        true
      """;

  @Test
  void positive_guideConfigMapAtTheExactLineOfParserDocker() {
    assertThat(GUIDE.split("\n")[17]).contains("Parser                    docker");
    var findings = tester.findings(GUIDE);
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.position().line()).isEqualTo(18);
      assertThat(f.position().column()).isEqualTo(9);
      assertThat(f.message()).contains("Parser docker").contains("fluent-bit.conf line 10").contains("CRI");
    });
  }

  @Test
  void positive_markersInsideTheConfigAndSeveralInputsAndKeys() {
    tester
        .yaml("""
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: fluent-bit-config
              namespace: amazon-cloudwatch
            data:
              fluent-bit.conf: |
                [SERVICE]
                    Flush 5
                @INCLUDE application-log.conf

                [INPUT]
                    Name   tail
                    Path   /var/log/containers/*.log
                    # expect: fluent-bit-docker-parser-on-containerd parses with "Parser docker" (fluent-bit.conf line 9)
                    Parser docker
              application-log.conf: |-
                [INPUT]
                    Name                tail
                    Tag                 application.*
                    Path                /var/log/containers/*.log
                    # expect: fluent-bit-docker-parser-on-containerd sets "multiline.parser docker" without cri
                    multiline.parser    docker

                [INPUT]
                    Name                tail
                    Path                /var/log/pods/*/*/*.log
                    # expect: fluent-bit-docker-parser-on-containerd
                    parser              Docker
                    Mem_Buf_Limit       50MB
            """)
        .verify();
  }

  @Test
  void positive_quotedStringFallsBackToTheKeyLine() {
    tester
        .yaml("""
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: fluent-bit
            data:
              # expect: fluent-bit-docker-parser-on-containerd fluent-bit.conf line 4
              fluent-bit.conf: "[INPUT]\\n    Name tail\\n    Path /var/log/containers/*.log\\n    Parser docker\\n"
              parsers.conf: "[PARSER]\\n    Name docker\\n"
            """)
        .verify();
  }

  @Test
  void negative_fixedConfigAndLookalikes() {
    tester
        .yaml("""
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: fluent-bit-config
              namespace: amazon-cloudwatch
            data:
              fluent-bit.conf: |
                [INPUT]
                    Name                      tail
                    Path                      /var/log/containers/*.log
                    multiline.parser          docker, cri
                    DB                        /var/log/flb_kube.db

                [INPUT]
                    Name                      tail
                    Path                      /var/log/containers/*.log
                    Parser                    docker
                    multiline.parser          cri

                [INPUT]
                    Name                      tail
                    Path                      /var/log/messages
                    Parser                    docker

                [INPUT]
                    Name                      tail
                    Path                      /var/log/containers/*.log
                    Parser                    json

                [INPUT]
                    Name                      systemd
                    Parser                    docker
              parsers.conf: |
                [PARSER]
                    Name        docker
                    Format      json
            """)
        .verify();
  }

  @Test
  void negative_beforeContainerdOnlyEks() {
    tester.kubernetesVersion("1.23").yaml(GUIDE).verify();
  }

  @Test
  void negative_peerFalsePositive_detectsByContentNotName() {
    tester
        .yaml("""
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: fluent-bit-config
            data:
              fluent.conf: |
                <source>
                  @type tail
                  path /var/log/containers/*.log
                  Parser docker
                </source>
              notes.txt: |
                [INPUT]
                    Name   tail
                    Path   /var/log/containers/*.log
                    Parser docker
            """)
        .verify();
  }

  @Test
  void fixRewritesTheLineInPlace() {
    var findings = tester.findings("""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: fluent-bit-config
        data:
          fluent-bit.conf: |
            [INPUT]
                Name                      tail
                Path                      /var/log/containers/*.log
                Parser                    docker
                DB                        /var/log/flb_kube.db
        """);
    String fixed = """
        [INPUT]
            Name                      tail
            Path                      /var/log/containers/*.log
            multiline.parser          docker, cri
            DB                        /var/log/flb_kube.db
        """;
    assertThat(findings).singleElement().satisfies(f ->
        assertThat(f.fixes().get(0).ops()).containsExactly(PatchOp.replace("/data/fluent-bit.conf", fixed)));
  }

  @Test
  void fixAddsCriToADockerOnlyMultilineParser() {
    var findings = tester.findings("""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: fluent-bit-config
        data:
          fluent-bit.conf: |-
            [INPUT]
                Name              tail
                Path              /var/log/containers/*.log
                multiline.parser  docker
        """);
    String fixed = """
        [INPUT]
            Name              tail
            Path              /var/log/containers/*.log
            multiline.parser  docker, cri""";
    assertThat(findings).singleElement().satisfies(f ->
        assertThat(f.fixes().get(0).ops()).containsExactly(PatchOp.replace("/data/fluent-bit.conf", fixed)));
  }
}
