package dev.seaworthy.rules.autoscaling;

import dev.seaworthy.core.model.Node;
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
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

@RuleInfo(
    id = "karpenter-provisioner-migration",
    title = "Karpenter v1alpha5 Provisioner, translated to a v1 NodePool",
    severity = Severity.INFO,
    category = Category.AUTOSCALING,
    checklist = {ChecklistItem.CLUSTER_AUTOSCALING},
    description = """
        The karpenter.sh/v1alpha5 Provisioner was removed in Karpenter v0.33.0; api-removed reports \
        that. This rule does the migration work: its message is the karpenter.sh/v1 NodePool that \
        replaces this Provisioner, field by field (requirements, taints, labels and annotations move \
        under spec.template; providerRef becomes nodeClassRef {group, kind, name}; \
        ttlSecondsAfterEmpty becomes disruption.consolidationPolicy WhenEmpty with consolidateAfter; \
        consolidation.enabled becomes WhenEmptyOrUnderutilized; ttlSecondsUntilExpired becomes \
        template.spec.expireAfter as a duration; limits.resources becomes limits). Settings that v1 \
        moved to the EC2NodeClass (kubeletConfiguration, an inline provider) are named in comments, \
        as are v1 defaults that differ from the Provisioner's behaviour.""",
    remediation = "Replace the Provisioner with the NodePool shown in the finding, and its AWSNodeTemplate with a karpenter.k8s.aws/v1 EC2NodeClass of the same name.",
    references = {
      "https://karpenter.sh/v1.0/upgrading/v1beta1-migration/",
      "https://karpenter.sh/v1.0/upgrading/v1-migration/",
      "https://karpenter.sh/docs/concepts/nodepools/"
    },
    example = """
        apiVersion: karpenter.sh/v1alpha5
        kind: Provisioner
        metadata:
          name: default
        spec:
          requirements:
            - key: karpenter.sh/capacity-type
              operator: In
              values: ["on-demand"]
          providerRef:
            name: default
          ttlSecondsAfterEmpty: 30
        """,
    fixedExample = """
        apiVersion: karpenter.sh/v1
        kind: NodePool
        metadata:
          name: default
        spec:
          template:
            spec:
              requirements:
                - key: karpenter.sh/capacity-type
                  operator: In
                  values: ["on-demand"]
              nodeClassRef: {group: karpenter.k8s.aws, kind: EC2NodeClass, name: default}
          disruption:
            consolidationPolicy: WhenEmpty
            consolidateAfter: 30s
        """)
public final class KarpenterProvisionerMigration implements ResourceRule {

  /** Provisioner spec fields this translation handles. */
  private static final Set<String> MAPPED =
      Set.of(
          "requirements", "taints", "startupTaints", "labels", "annotations", "providerRef", "provider", "ttlSecondsAfterEmpty",
          "ttlSecondsUntilExpired", "consolidation", "limits", "weight", "kubeletConfiguration");

  @Override
  public boolean appliesTo(Resource resource) {
    return Karpenter.isProvisioner(resource);
  }

  @Override
  public List<Violation> check(Resource provisioner, RuleContext context) {
    Node spec = provisioner.node().at("spec");
    if (!spec.isMap()) {
      return List.of();
    }
    return Violation.one(
        Names.orElse(provisioner.node().at("kind"), provisioner.node()),
        Names.describe(provisioner) + " (" + provisioner.apiVersion() + ") becomes this karpenter.sh/v1 NodePool:\n" + translate(provisioner));
  }

  static String translate(Resource provisioner) {
    Node spec = provisioner.node().at("spec");
    String name = provisioner.name().isEmpty() ? "default" : provisioner.name();
    YamlText y = new YamlText();
    y.raw(0, "apiVersion: karpenter.sh/v1").raw(0, "kind: NodePool").raw(0, "metadata:").raw(2, "name: " + scalar(name)).raw(0, "spec:");
    y.raw(2, "template:");
    if (spec.at("labels").isPresent() || spec.at("annotations").isPresent()) {
      y.raw(4, "metadata:");
      fieldIfPresent(y, 6, "labels", spec.at("labels"));
      fieldIfPresent(y, 6, "annotations", spec.at("annotations"));
    }
    y.raw(4, "spec:");
    if (spec.at("requirements").isPresent()) {
      y.field(6, "requirements", spec.at("requirements"));
    } else {
      y.raw(6, "requirements: []  # required in v1");
    }
    fieldIfPresent(y, 6, "taints", spec.at("taints"));
    fieldIfPresent(y, 6, "startupTaints", spec.at("startupTaints"));
    String nodeClass = spec.at("providerRef", "name").textOr(name);
    y.raw(6, "nodeClassRef:").raw(8, "group: karpenter.k8s.aws").raw(8, "kind: EC2NodeClass").raw(8, "name: " + scalar(nodeClass));
    if (spec.at("provider").isPresent()) {
      y.raw(8, "# move the inline spec.provider settings into EC2NodeClass " + scalar(nodeClass));
    } else if (spec.at("providerRef", "name").isMissing()) {
      y.raw(8, "# the Provisioner named no providerRef: create EC2NodeClass " + scalar(nodeClass));
    }
    OptionalLong expire = spec.at("ttlSecondsUntilExpired").asLong();
    if (expire.isPresent()) {
      y.raw(6, "expireAfter: " + duration(expire.getAsLong()));
    } else {
      y.raw(6, "expireAfter: 720h  # v1 default; the Provisioner set no ttlSecondsUntilExpired, so its nodes never expired");
    }
    if (spec.at("kubeletConfiguration").isPresent()) {
      y.raw(6, "# kubeletConfiguration moves to the EC2NodeClass as spec.kubelet");
    }
    y.raw(2, "disruption:");
    OptionalLong empty = spec.at("ttlSecondsAfterEmpty").asLong();
    if (empty.isPresent()) {
      y.raw(4, "consolidationPolicy: WhenEmpty").raw(4, "consolidateAfter: " + duration(empty.getAsLong()));
    } else if (spec.at("consolidation", "enabled").asBoolean().orElse(false)) {
      y.raw(4, "consolidationPolicy: WhenEmptyOrUnderutilized").raw(4, "consolidateAfter: 0s");
    } else {
      y.raw(4, "consolidationPolicy: WhenEmptyOrUnderutilized  # v1 default; the Provisioner removed no empty or underused nodes")
          .raw(4, "consolidateAfter: 0s");
    }
    Node limits = spec.at("limits", "resources");
    if (!limits.entries().isEmpty()) {
      y.field(2, "limits", limits);
    }
    fieldIfPresent(y, 2, "weight", spec.at("weight"));
    List<String> untranslated = new ArrayList<>();
    for (Map.Entry<String, Node> e : spec.entries().entrySet()) {
      if (!MAPPED.contains(e.getKey())) {
        untranslated.add(e.getKey());
      }
    }
    if (!untranslated.isEmpty()) {
      y.raw(0, "# not translated (no v1 NodePool equivalent): spec." + String.join(", spec.", untranslated));
    }
    return y.toString().stripTrailing();
  }

  private static void fieldIfPresent(YamlText y, int indent, String key, Node value) {
    if (value.isPresent()) {
      y.field(indent, key, value);
    }
  }

  /** Seconds as the shortest exact Go duration: 2592000 becomes 720h, 90 becomes 90s. */
  static String duration(long seconds) {
    if (seconds > 0 && seconds % 3600 == 0) {
      return seconds / 3600 + "h";
    }
    if (seconds > 0 && seconds % 60 == 0) {
      return seconds / 60 + "m";
    }
    return seconds + "s";
  }

  private static String scalar(String s) {
    return s.matches("[A-Za-z0-9_.-]+") ? s : YamlText.quote(s);
  }
}
