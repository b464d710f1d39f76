package dev.seaworthy.report;

import dev.seaworthy.core.config.AuditConfig;
import dev.seaworthy.core.config.Exemption;
import dev.seaworthy.core.data.KubernetesVersion;
import dev.seaworthy.core.engine.AuditEngine;
import dev.seaworthy.core.engine.AuditReport;
import dev.seaworthy.core.load.LoadLimits;
import dev.seaworthy.core.load.LoadedInput;
import dev.seaworthy.core.load.ManifestLoader;
import dev.seaworthy.core.model.Position;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.core.rule.ContainerRule;
import dev.seaworthy.core.rule.Fix;
import dev.seaworthy.core.rule.PatchOp;
import dev.seaworthy.core.rule.ResourceRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.RuleRegistry;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.ContainerView;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Small rules and inputs that give reporters every kind of content to render. */
public final class ReportFixtures {

  public static final LocalDate DATE = LocalDate.of(2026, 11, 24);
  public static final ReportOptions OPTIONS = new ReportOptions("0.1.0-test", false);

  /** A Deployment with a privileged container and no team label, a labelled ConfigMap, and a Pod. */
  public static final String MIXED = """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
        namespace: prod
      spec:
        template:
          spec:
            containers:
              - name: app
                image: nginx
                securityContext:
                  privileged: true
      ---
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: settings
        labels: {team: platform}
      ---
      apiVersion: v1
      kind: Pod
      metadata:
        name: debug
        labels: {team: sre}
        annotations:
          seaworthy.dev/ignore: privileged-container
          seaworthy.dev/ignore-reason: node debugging pod
      spec:
        containers:
          - name: shell
            image: busybox:1.36
            securityContext: {privileged: true}
      """;

  private ReportFixtures() {}

  @RuleInfo(
      id = "privileged-container",
      title = "Container runs privileged",
      severity = Severity.CRITICAL,
      category = Category.SECURITY,
      checklist = {ChecklistItem.SECURITY_UPDATES},
      description = "A privileged container has every capability of the node: a container escape owns the node and its pods.",
      remediation = "Set securityContext.privileged to false.",
      references = {"https://kubernetes.io/docs/concepts/security/pod-security-standards/"},
      example = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: a, image: x, securityContext: {privileged: true}}]}\n",
      fixedExample = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: a, image: x}]}\n")
  public static final class Privileged implements ContainerRule {
    @Override
    public List<Violation> check(ContainerView c, RuleContext context) {
      if (c.securityContext().at("privileged").asBoolean().orElse(false)) {
        return List.of(Violation.of(c.securityContext().at("privileged"), c.describe() + " runs privileged")
            .withFix(Fix.of("Set privileged to false", PatchOp.replace(c.pointer() + "/securityContext/privileged", false))));
      }
      return List.of();
    }
  }

  @RuleInfo(
      id = "team-label-missing",
      title = "Object has no team label",
      severity = Severity.LOW,
      category = Category.OBSERVABILITY,
      checklist = {ChecklistItem.CENTRALIZED_LOGGING, ChecklistItem.COST_MONITORING},
      description = "Without an owner label nobody knows whom to page or whose budget an object spends.",
      remediation = "Add a team label.",
      example = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n",
      fixedExample = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c, labels: {team: a}}\n")
  public static final class TeamLabel implements ResourceRule {
    @Override
    public boolean appliesTo(Resource resource) {
      return true;
    }

    @Override
    public List<Violation> check(Resource resource, RuleContext context) {
      if (resource.labels().containsKey("team")) {
        return List.of();
      }
      return Violation.one(resource.node().at("metadata", "labels", "team"), resource.ref() + " has no team label");
    }
  }

  @RuleInfo(
      id = "mutable-tag",
      title = "Image uses a mutable tag",
      severity = Severity.MEDIUM,
      category = Category.IMAGES,
      description = "A tag such as latest can point at a different image tomorrow: rollbacks and audits lose their meaning.",
      remediation = "Pin a version tag or a digest.",
      example = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: a, image: 'x:latest'}]}\n",
      fixedExample = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: a, image: 'x:1.2.3'}]}\n")
  public static final class MutableTag implements ContainerRule {
    @Override
    public List<Violation> check(ContainerView c, RuleContext context) {
      if (c.image().endsWith(":latest") || !c.image().contains(":")) {
        return Violation.one(c.node().at("image"), c.describe() + " uses the mutable image " + c.image());
      }
      return List.of();
    }
  }

  @RuleInfo(
      id = "explodes",
      title = "Rule that throws on objects named boom",
      severity = Severity.INFO,
      category = Category.VALIDITY,
      description = "A test rule: throws on objects whose name starts with boom, like a rule with a bug would.",
      remediation = "Fix the rule.",
      example = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: boom}\n",
      fixedExample = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: calm}\n")
  public static final class Explodes implements ResourceRule {
    @Override
    public boolean appliesTo(Resource resource) {
      return true;
    }

    @Override
    public List<Violation> check(Resource resource, RuleContext context) {
      if (resource.name().startsWith("boom")) {
        throw new IllegalStateException("cannot handle " + resource.name());
      }
      return List.of();
    }
  }

  public static AuditEngine engine() {
    return new AuditEngine(new RuleRegistry(List.of(new Privileged(), new TeamLabel(), new MutableTag(), new Explodes())));
  }

  public static AuditConfig config() {
    return AuditConfig.defaults().withAuditDate(DATE).withTargetVersion(KubernetesVersion.of("1.34")).withThreads(1);
  }

  /** Audits text as if read from a file of that name. */
  public static AuditReport audit(String file, String text) {
    return engine().audit(new ManifestLoader().loadText(file, text), config());
  }

  /** Audits several files at once: name, text, name, text... */
  public static AuditReport auditFiles(String... nameAndText) {
    LoadedInput input = new LoadedInput(List.of(), List.of(), List.of(), 0);
    for (int i = 0; i < nameAndText.length; i += 2) {
      input = input.plus(new ManifestLoader().loadText(nameAndText[i], nameAndText[i + 1]));
    }
    return engine().audit(input, config());
  }

  /** Audits text read from standard input. */
  public static AuditReport auditStdin(String text) {
    ManifestLoader loader = new ManifestLoader(LoadLimits.DEFAULTS, () -> new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    return engine().audit(loader.load(List.of("-")), config());
  }

  /** Audits with a configuration exemption for the team label rule in namespace prod. */
  public static AuditReport auditWithExemption(String file, String text) {
    AuditConfig c = config();
    List<Exemption> exemptions = new ArrayList<>(c.exemptions());
    exemptions.add(new Exemption(List.of("team-label-missing"), "prod", null, null, null, "labels come from the namespace",
        dev.seaworthy.core.engine.Suppression.Source.CONFIG, Position.NONE));
    AuditConfig withExemption = new AuditConfig(c.targetVersion(), c.auditDate(), c.clusterName(), c.rules(), c.include(), c.exclude(),
        exemptions, c.builtInExemptions(), c.annotationSuppressions(), c.threads());
    return engine().audit(new ManifestLoader().loadText(file, text), withExemption);
  }

  /** An audit with nothing in it. */
  public static AuditReport empty() {
    return engine().audit(new LoadedInput(List.of(), List.of(), List.of(), 0), config());
  }
}
