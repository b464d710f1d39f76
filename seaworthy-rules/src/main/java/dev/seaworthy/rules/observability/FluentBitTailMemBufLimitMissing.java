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
    id = "fluent-bit-tail-mem-buf-limit-missing",
    title = "Fluent Bit tail input has no memory buffer limit",
    severity = Severity.MEDIUM,
    category = Category.OBSERVABILITY,
    checklist = {ChecklistItem.CENTRALIZED_LOGGING},
    description = """
        When an output is slow or down (CloudWatch throttling, a network problem), Fluent Bit keeps \
        reading the tailed files and holds the backlog in memory. Without `Mem_Buf_Limit` (or \
        filesystem buffering, `storage.type filesystem`) nothing pauses the input, memory grows until \
        the pod hits its limit and is OOM-killed, and the agent crash-loops on every node at once, \
        exactly when logs matter. With the limit the input pauses and resumes when the buffer drains.""",
    remediation = "Set `Mem_Buf_Limit` (for example 50MB) on the tail input, or enable `storage.type filesystem` with a `storage.path` in [SERVICE].",
    references = {
      "https://docs.fluentbit.io/manual/pipeline/inputs/tail",
      "https://docs.fluentbit.io/manual/administration/backpressure",
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
                DB                /var/log/flb_kube.db
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
                DB                /var/log/flb_kube.db
                Mem_Buf_Limit     50MB
        """)
public final class FluentBitTailMemBufLimitMissing implements ResourceRule {

  @Override
  public boolean appliesTo(Resource resource) {
    return FluentBitFile.of(resource).stream().anyMatch(f -> !f.config().tailInputs().isEmpty());
  }

  @Override
  public List<Violation> check(Resource resource, RuleContext context) {
    List<Violation> out = new ArrayList<>();
    for (FluentBitFile file : FluentBitFile.of(resource)) {
      for (FluentBitConfig.Section input : file.config().tailInputs()) {
        boolean limited = !input.value("Mem_Buf_Limit").isEmpty();
        boolean onDisk = input.value("storage.type").equalsIgnoreCase("filesystem");
        if (!limited && !onDisk) {
          out.add(Violation.of(file.line(input.line()),
              "tail input reading " + describe(input) + " (" + file.where(input.line()) + ") sets no Mem_Buf_Limit and no "
                  + "storage.type filesystem: when the output backs up, memory grows until the pod is OOM-killed"));
        }
      }
    }
    return out;
  }

  static String describe(FluentBitConfig.Section input) {
    String path = input.value("Path");
    return path.isEmpty() ? "<no Path>" : path;
  }
}
