package dev.seaworthy.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seaworthy.core.model.Resource;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleRegistryTest {

  @Test
  void pluginsAreLoadedThroughServiceLoader() {
    RuleRegistry registry = RuleRegistry.withPlugins(List.of());
    assertThat(registry.find("plugin-team-label")).isPresent();
  }

  @Test
  void duplicateIdsAreRejected() {
    assertThatThrownBy(() -> new RuleRegistry(List.of(new PluginRuleFixture(), new PluginRuleFixture())))
        .hasMessageContaining("duplicate rule id plugin-team-label");
  }

  @Test
  void invalidMetadataIsRejectedAtLoad() {
    assertThatThrownBy(() -> new RuleRegistry(List.of(new BadRule()))).hasMessageContaining("remediation must be a sentence");
  }

  @RuleInfo(
      id = "bad-rule",
      title = "Bad",
      severity = Severity.LOW,
      category = Category.VALIDITY,
      description = "A rule whose remediation does not end with a period, which the registry refuses.",
      remediation = "no period",
      example = "x",
      fixedExample = "y")
  static final class BadRule implements ResourceRule {
    @Override
    public boolean appliesTo(Resource resource) {
      return false;
    }

    @Override
    public List<Violation> check(Resource resource, RuleContext context) {
      return List.of();
    }
  }
}
