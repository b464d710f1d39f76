package dev.seaworthy.rules.observability;

import dev.seaworthy.core.data.KubernetesVersion;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.core.rule.Fix;
import dev.seaworthy.core.rule.PatchOp;
import dev.seaworthy.core.rule.ResourceRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@RuleInfo(
    id = "fluent-bit-docker-parser-on-containerd",
    title = "Fluent Bit reads containerd logs with the docker parser",
    severity = Severity.HIGH,
    category = Category.OBSERVABILITY,
    checklist = {ChecklistItem.CENTRALIZED_LOGGING},
    description = """
        Since Kubernetes 1.24 EKS nodes run containerd only, and containerd writes container logs in \
        the CRI format (`<time> <stream> <P|F> <message>`), not Docker's JSON lines. A Fluent Bit tail \
        input on /var/log/containers that parses with `Parser docker` (or `multiline.parser docker` \
        alone) cannot read them: records reach CloudWatch with the CRI prefix inside the message, JSON \
        application logs are not parsed, and lines that the runtime split are never joined. The \
        built-in multiline parsers `docker, cri` read both formats. The Fluent Bit config is parsed out \
        of the ConfigMap and the finding points at the line inside it.""",
    remediation = "Replace `Parser docker` with `multiline.parser docker, cri` in the tail input.",
    references = {
      "https://docs.fluentbit.io/manual/pipeline/inputs/tail",
      "https://docs.fluentbit.io/manual/administration/configuring-fluent-bit/multiline-parsing",
      "https://docs.aws.amazon.com/eks/latest/userguide/dockershim-deprecation.html"
    },
    example = """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: fluent-bit-config
          namespace: amazon-cloudwatch
        data:
          fluent-bit.conf: |
            [INPUT]
                Name              tail
                Path              /var/log/containers/*.log
                Parser            docker
                DB                /var/log/flb_kube.db
                Mem_Buf_Limit     50MB
        """,
    fixedExample = """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: fluent-bit-config
          namespace: amazon-cloudwatch
        data:
          fluent-bit.conf: |
            [INPUT]
                Name              tail
                Path              /var/log/containers/*.log
                multiline.parser  docker, cri
                DB                /var/log/flb_kube.db
                Mem_Buf_Limit     50MB
        """)
public final class FluentBitDockerParser implements ResourceRule {

  private static final KubernetesVersion CONTAINERD_ONLY = new KubernetesVersion(1, 24);
  private static final String MULTILINE = "multiline.parser";

  @Override
  public boolean appliesTo(Resource resource) {
    return !FluentBitFile.of(resource).isEmpty();
  }

  @Override
  public List<Violation> check(Resource resource, RuleContext context) {
    if (!context.targetVersion().atLeast(CONTAINERD_ONLY)) {
      return List.of();
    }
    List<Violation> out = new ArrayList<>();
    for (FluentBitFile file : FluentBitFile.of(resource)) {
      for (FluentBitConfig.Section input : file.config().tailInputs()) {
        if (readsContainerLogs(input)) {
          judge(file, input, context).ifPresent(out::add);
        }
      }
    }
    return out;
  }

  private static Optional<Violation> judge(FluentBitFile file, FluentBitConfig.Section input, RuleContext context) {
    Optional<FluentBitConfig.Entry> multiline = input.get(MULTILINE);
    List<String> parsers = multiline.map(e -> names(e.value())).orElse(List.of());
    if (parsers.contains("cri")) {
      return Optional.empty();
    }
    String version = "EKS " + context.targetVersion();
    Optional<FluentBitConfig.Entry> parser = input.get("Parser").filter(e -> e.value().equalsIgnoreCase("docker"));
    if (parser.isPresent()) {
      FluentBitConfig.Entry e = parser.get();
      Violation v = Violation.of(file.line(e.line()),
          "tail input reading " + input.value("Path") + " parses with \"Parser docker\" (" + file.where(e.line()) + "), but "
              + version + " nodes run containerd, whose CRI-format logs the docker parser cannot read: records arrive with the "
              + "CRI prefix in the message and split lines are never joined");
      if (multiline.isEmpty()) {
        v = v.withFix(rewrite(file, e, MULTILINE, "docker, cri", "Use the docker and cri multiline parsers"));
      }
      return Optional.of(v);
    }
    if (multiline.isPresent() && parsers.contains("docker")) {
      FluentBitConfig.Entry e = multiline.get();
      return Optional.of(Violation.of(file.line(e.line()),
              "tail input reading " + input.value("Path") + " sets \"multiline.parser " + e.value() + "\" without cri ("
                  + file.where(e.line()) + "), but " + version + " nodes run containerd and write CRI-format logs")
          .withFix(rewrite(file, e, MULTILINE, e.value() + ", cri", "Add the cri multiline parser")));
    }
    return Optional.empty();
  }

  /** Container logs, as the kubelet links them (/var/log/containers) or stores them (/var/log/pods). */
  private static boolean readsContainerLogs(FluentBitConfig.Section input) {
    String path = input.value("Path");
    return path.contains("/var/log/containers") || path.contains("/var/log/pods");
  }

  private static List<String> names(String value) {
    return Arrays.stream(value.split(",")).map(s -> s.strip().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty()).toList();
  }

  /** The same file with one entry line rewritten, keeping its indentation and column layout. */
  private static Fix rewrite(FluentBitFile file, FluentBitConfig.Entry entry, String key, String value, String description) {
    String raw = entry.text();
    String indent = raw.substring(0, raw.length() - raw.stripLeading().length());
    int valueColumn = raw.indexOf(entry.value(), indent.length() + entry.key().length());
    int gap = Math.max(1, valueColumn - indent.length() - key.length());
    String[] lines = file.text().split("\n", -1);
    lines[entry.line()] = indent + key + " ".repeat(gap) + value;
    return Fix.of(description, PatchOp.replace(file.pointer(), String.join("\n", lines)));
  }
}
