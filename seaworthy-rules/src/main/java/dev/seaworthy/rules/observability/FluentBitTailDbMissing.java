package dev.seaworthy.rules.observability;

import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.core.rule.ResourceRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import java.util.ArrayList;
import java.util.List;

@RuleInfo(
    id = "fluent-bit-tail-db-missing",
    title = "Fluent Bit tail input keeps no position database",
    severity = Severity.LOW,
    category = Category.OBSERVABILITY,
    checklist = {ChecklistItem.CENTRALIZED_LOGGING},
    description = """
        The tail input's `DB` option names a small SQLite file where Fluent Bit records how far it has \
        read each log file. Without it a restarted or upgraded agent does not know where it stopped: \
        by default it starts at the end of each file and the lines written while it was down are never \
        shipped (with `Read_from_Head On` it re-ships whole files instead, duplicating records).""",
    remediation = "Set `DB` on the tail input to a file on a hostPath volume (for example /var/fluent-bit/state/flb_container.db).",
    references = {
      "https://docs.fluentbit.io/manual/pipeline/inputs/tail",
      "https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Container-Insights-setup-logs-FluentBit.html"
    },
    example = """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: fluent-bit-config
        data:
          fluent-bit.conf: |
            [INPUT]
                Name              tail
                Path              /var/log/containers/*.log
                multiline.parser  docker, cri
                Mem_Buf_Limit     50MB
        """,
    fixedExample = """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: fluent-bit-config
        data:
          fluent-bit.conf: |
            [INPUT]
                Name              tail
                Path              /var/log/containers/*.log
                multiline.parser  docker, cri
                Mem_Buf_Limit     50MB
                DB                /var/fluent-bit/state/flb_container.db
        """)
public final class FluentBitTailDbMissing implements ResourceRule {

  @Override
  public boolean appliesTo(Resource resource) {
    return FluentBitFile.of(resource).stream().anyMatch(f -> !f.config().tailInputs().isEmpty());
  }

  @Override
  public List<Violation> check(Resource resource, RuleContext context) {
    List<Violation> out = new ArrayList<>();
    for (FluentBitFile file : FluentBitFile.of(resource)) {
      for (FluentBitConfig.Section input : file.config().tailInputs()) {
        if (input.value("DB").isEmpty()) {
          out.add(Violation.of(file.line(input.line()),
              "tail input reading " + FluentBitTailMemBufLimitMissing.describe(input) + " (" + file.where(input.line())
                  + ") has no DB position file: after a restart it loses the lines written while it was down, or re-ships whole files"));
        }
      }
    }
    return out;
  }
}
