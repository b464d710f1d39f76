package dev.seaworthy.core.rule;

import dev.seaworthy.core.model.Resource;
import java.util.List;

/** A third-party rule, registered through META-INF/services in the test class path. */
@RuleInfo(
    id = "plugin-team-label",
    title = "Object has no team label",
    severity = Severity.LOW,
    category = Category.VALIDITY,
    description = "A rule an organisation adds in its own jar: every object must name its owning team.",
    remediation = "Add the label `team`.",
    example = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n",
    fixedExample = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  labels:\n    team: core\n")
public final class PluginRuleFixture implements ResourceRule {

  @Override
  public boolean appliesTo(Resource resource) {
    return true;
  }

  @Override
  public List<Violation> check(Resource resource, RuleContext context) {
    return resource.labels().containsKey("team") ? List.of() : Violation.one(resource.metadata(), resource.ref() + " has no team label");
  }
}
