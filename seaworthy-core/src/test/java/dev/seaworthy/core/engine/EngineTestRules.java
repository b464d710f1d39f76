package dev.seaworthy.core.engine;

import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ContainerRule;
import dev.seaworthy.core.rule.PodSpecRule;
import dev.seaworthy.core.rule.ResourceRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.ContainerView;
import dev.seaworthy.core.view.PodSpecView;
import java.util.List;

/** Small rules that exist only to exercise the engine. Ids match built-in exemptions where needed. */
final class EngineTestRules {

  private EngineTestRules() {}

  @RuleInfo(
      id = "host-network",
      title = "Pod uses the node network",
      severity = Severity.HIGH,
      category = Category.NETWORK,
      description = "A test rule: flags pod specs with hostNetwork true, so engine behaviour can be checked.",
      remediation = "Remove hostNetwork.",
      example = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {hostNetwork: true, containers: [{name: a, image: x}]}\n",
      fixedExample = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: a, image: x}]}\n")
  static final class HostNetwork implements PodSpecRule {
    @Override
    public List<Violation> check(PodSpecView pod, RuleContext context) {
      if (pod.spec().at("hostNetwork").asBoolean().orElse(false)) {
        return Violation.one(pod.spec().at("hostNetwork"), "pod uses the node network");
      }
      return List.of();
    }
  }

  @RuleInfo(
      id = "privileged-container",
      title = "Container runs privileged",
      severity = Severity.CRITICAL,
      category = Category.SECURITY,
      description = "A test rule: flags containers whose securityContext sets privileged to true.",
      remediation = "Set privileged to false.",
      example = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: a, image: x, securityContext: {privileged: true}}]}\n",
      fixedExample = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: a, image: x}]}\n")
  static final class Privileged implements ContainerRule {
    @Override
    public List<Violation> check(ContainerView container, RuleContext context) {
      if (container.securityContext().at("privileged").asBoolean().orElse(false)) {
        return Violation.one(container.securityContext().at("privileged"), container.describe() + " runs privileged");
      }
      return List.of();
    }
  }

  @RuleInfo(
      id = "team-label-missing",
      title = "Object has no team label",
      severity = Severity.LOW,
      category = Category.OBSERVABILITY,
      description = "A test rule: flags every object without a team label, reporting on the object itself.",
      remediation = "Add a team label.",
      example = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n",
      fixedExample = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c, labels: {team: a}}\n")
  static final class TeamLabel implements ResourceRule {
    @Override
    public boolean appliesTo(Resource resource) {
      return true;
    }

    @Override
    public List<Violation> check(Resource resource, RuleContext context) {
      if (resource.labels().containsKey("team")) {
        return List.of();
      }
      // the node is missing: the engine must fall back to the resource's position
      return Violation.one(resource.node().at("metadata", "labels", "team"), resource.ref() + " has no team label");
    }
  }

  @RuleInfo(
      id = "explodes",
      title = "Rule that throws on objects named boom",
      severity = Severity.MEDIUM,
      category = Category.VALIDITY,
      description = "A test rule: throws on objects whose name starts with boom, like a rule with a bug would.",
      remediation = "Fix the rule.",
      example = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: boom}\n",
      fixedExample = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: calm}\n")
  static final class Explodes implements ResourceRule {
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

  @RuleInfo(
      id = "recurses-forever",
      title = "Rule that overflows the stack",
      severity = Severity.LOW,
      category = Category.VALIDITY,
      description = "A test rule: recurses without end on every object, like a naive recursive walker on hostile input.",
      remediation = "Walk trees iteratively.",
      example = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n",
      fixedExample = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n")
  static final class RecursesForever implements ResourceRule {
    @Override
    public boolean appliesTo(Resource resource) {
      return true;
    }

    @Override
    public List<Violation> check(Resource resource, RuleContext context) {
      return List.of(Violation.of(resource.node(), "depth " + depth(0)));
    }

    private static int depth(int n) {
      return depth(n + 1) + 1;
    }
  }

  @RuleInfo(
      id = "throws-checked",
      title = "Rule that throws a checked exception",
      severity = Severity.LOW,
      category = Category.VALIDITY,
      description = "A test rule: throws a checked exception without declaring it, as code in other JVM languages can.",
      remediation = "Handle the exception.",
      example = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n",
      fixedExample = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n")
  static final class ThrowsChecked implements ResourceRule {
    @Override
    public boolean appliesTo(Resource resource) {
      return true;
    }

    @Override
    public List<Violation> check(Resource resource, RuleContext context) {
      return EngineTestRules.<RuntimeException>sneaky(new java.io.IOException("disk on fire"));
    }
  }

  @SuppressWarnings("unchecked")
  private static <T extends Throwable> List<Violation> sneaky(Throwable t) throws T {
    throw (T) t;
  }

  @RuleInfo(
      id = "graded-finding",
      title = "A rule that grades its findings",
      severity = Severity.HIGH,
      category = Category.CLUSTER,
      description = "A test rule: reports every ConfigMap, at LOW when it is labelled mild, so per-violation severity can be checked.",
      remediation = "Remove the ConfigMap.",
      example = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n",
      fixedExample = "apiVersion: v1\nkind: Secret\nmetadata: {name: c}\n")
  static final class Graded implements ResourceRule {
    @Override
    public boolean appliesTo(Resource resource) {
      return resource.kind().equals("ConfigMap");
    }

    @Override
    public List<Violation> check(Resource resource, RuleContext context) {
      Violation v = Violation.of(resource.node(), "config map " + resource.name());
      return List.of(resource.labels().containsKey("mild") ? v.withSeverity(Severity.LOW) : v);
    }
  }

  @RuleInfo(
      id = "pod-phase-failed",
      title = "Pod has failed",
      severity = Severity.MEDIUM,
      category = Category.RELIABILITY,
      description = "A test rule that judges live state: flags Pods whose status.phase is Failed.",
      remediation = "Look at the pod.",
      example = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: a, image: x}]}\nstatus: {phase: Failed}\n",
      fixedExample = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: a, image: x}]}\nstatus: {phase: Running}\n")
  static final class PodFailed implements ResourceRule, dev.seaworthy.core.rule.LiveStateRule {
    @Override
    public boolean appliesTo(Resource resource) {
      return resource.kind().equals("Pod");
    }

    @Override
    public List<Violation> check(Resource resource, RuleContext context) {
      return resource.node().at("status", "phase").text().filter("Failed"::equals).isPresent()
          ? Violation.one(resource.node().at("status", "phase"), "pod has failed") : List.of();
    }
  }
}
