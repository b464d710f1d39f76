package dev.seaworthy.core.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.load.LoadLimits;
import dev.seaworthy.core.load.YamlDocument;
import dev.seaworthy.core.load.YamlReader;
import dev.seaworthy.core.model.MissingNode;
import dev.seaworthy.core.model.Node;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Label selectors with the API's semantics. */
class LabelSelectorTest {

  private static final Map<String, String> WEB = Map.of("app", "web", "tier", "front", "env", "prod");
  private static final Map<String, String> DB = Map.of("app", "db", "env", "prod");
  private static final Map<String, String> NONE = Map.of();

  private static LabelSelector selector(String yaml) {
    YamlDocument doc = new YamlReader(LoadLimits.DEFAULTS).read("s.yaml", "selector: " + yaml + "\n").get(0);
    Node node = ((YamlDocument.Parsed) doc).root().at("selector");
    return LabelSelector.of(node);
  }

  private static LabelSelector expression(String key, String operator, String values) {
    return selector("{matchExpressions: [{key: " + key + ", operator: " + operator + (values == null ? "" : ", values: " + values) + "}]}");
  }

  @Test
  void testMatchLabels_allMustMatch() {
    LabelSelector s = selector("{matchLabels: {app: web, env: prod}}");

    assertThat(s.valid()).isTrue();
    assertThat(s.matches(WEB)).isTrue();
    assertThat(s.matches(DB)).isFalse();
    assertThat(s.matches(NONE)).isFalse();
  }

  @Test
  void testMatchLabels_nonStringValuesAreReadAsText() {
    LabelSelector s = selector("{matchLabels: {version: 2, enabled: true}}");

    assertThat(s.matches(Map.of("version", "2", "enabled", "true"))).isTrue();
  }

  @Test
  void testOperatorIn() {
    LabelSelector s = expression("app", "In", "[web, api]");

    assertThat(s.matches(WEB)).isTrue();
    assertThat(s.matches(DB)).isFalse();
    assertThat(s.matches(NONE)).isFalse();
  }

  @Test
  void testOperatorNotIn_matchesObjectsWithoutTheLabel() {
    LabelSelector s = expression("app", "NotIn", "[db]");

    assertThat(s.matches(WEB)).isTrue();
    assertThat(s.matches(DB)).isFalse();
    assertThat(s.matches(NONE)).isTrue();
  }

  @Test
  void testOperatorExists() {
    LabelSelector s = expression("tier", "Exists", null);

    assertThat(s.matches(WEB)).isTrue();
    assertThat(s.matches(DB)).isFalse();
  }

  @Test
  void testOperatorDoesNotExist() {
    LabelSelector s = expression("tier", "DoesNotExist", null);

    assertThat(s.matches(WEB)).isFalse();
    assertThat(s.matches(DB)).isTrue();
    assertThat(s.matches(NONE)).isTrue();
  }

  @Test
  void testLabelsAndExpressions_areAnded() {
    LabelSelector s = selector("{matchLabels: {env: prod}, matchExpressions: [{key: app, operator: In, values: [db]}]}");

    assertThat(s.matches(DB)).isTrue();
    assertThat(s.matches(WEB)).isFalse();
  }

  @Test
  void testEmptySelector_matchesEverything() {
    for (LabelSelector s : new LabelSelector[] {selector("{}"), selector("null"), LabelSelector.of(MissingNode.INSTANCE), LabelSelector.EVERYTHING}) {
      assertThat(s.valid()).isTrue();
      assertThat(s.isEmpty()).isTrue();
      assertThat(s.matches(WEB)).isTrue();
      assertThat(s.matches(NONE)).isTrue();
    }
  }

  @Test
  void testInvalidOperator_matchesNothing() {
    LabelSelector s = expression("app", "Equals", "[web]");

    assertThat(s.valid()).isFalse();
    assertThat(s.matches(WEB)).isFalse();
    assertThat(s.matches(NONE)).isFalse();
  }

  @Test
  void testOtherUnreadableSelectors_matchNothing() {
    assertThat(selector("[app, web]").matches(WEB)).isFalse();
    assertThat(selector("app=web").matches(WEB)).isFalse();
    assertThat(selector("{matchLabels: {app: null}}").matches(WEB)).isFalse();
    assertThat(selector("{matchExpressions: [{operator: Exists}]}").matches(WEB)).isFalse();
  }

  @Test
  void testServiceStyleMapSelector() {
    YamlDocument doc = new YamlReader(LoadLimits.DEFAULTS).read("s.yaml", "selector: {app: web, tier: front}\n").get(0);
    LabelSelector s = LabelSelector.ofMap(((YamlDocument.Parsed) doc).root().at("selector"));

    assertThat(s.matches(WEB)).isTrue();
    assertThat(s.matches(DB)).isFalse();
    assertThat(LabelSelector.ofMap(MissingNode.INSTANCE).isEmpty()).isTrue();
  }
}
