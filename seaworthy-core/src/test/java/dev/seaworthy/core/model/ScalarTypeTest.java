package dev.seaworthy.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.load.LoadLimits;
import dev.seaworthy.core.load.YamlDocument;
import dev.seaworthy.core.load.YamlReader;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Scalars are typed the way kubectl reads them (YAML 1.1 rules for plain scalars). */
class ScalarTypeTest {

  private static final Position P = Position.of("t.yaml", 1, 1);

  /** The value of key {@code v} in a one-line document. */
  private static ScalarNode value(String yamlValue) {
    YamlDocument doc = new YamlReader(LoadLimits.DEFAULTS).read("t.yaml", "v: " + yamlValue + "\n").get(0);
    Node n = ((YamlDocument.Parsed) doc).root().at("v");
    assertThat(n).isInstanceOf(ScalarNode.class);
    return (ScalarNode) n;
  }

  @ParameterizedTest
  @ValueSource(strings = {"yes", "Yes", "YES", "on", "On", "ON", "y", "Y", "true", "True", "TRUE"})
  void testPlainYaml11TrueSpellings_areTrueBooleans(String text) {
    ScalarNode n = value(text);

    assertThat(n.type()).isEqualTo(ScalarType.BOOL);
    assertThat(n.asBoolean()).hasValue(true);
    assertThat(n.text()).hasValue(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"no", "No", "NO", "off", "Off", "OFF", "n", "N", "false", "False", "FALSE"})
  void testPlainYaml11FalseSpellings_areFalseBooleans(String text) {
    ScalarNode n = value(text);

    assertThat(n.type()).isEqualTo(ScalarType.BOOL);
    assertThat(n.asBoolean()).hasValue(false);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"yes\"", "'no'", "\"on\"", "'off'", "\"y\"", "'n'", "\"true\"", "'0755'", "\"1.30\"", "\"null\"", "''"})
  void testQuotedScalars_areStrings(String text) {
    ScalarNode n = value(text);

    assertThat(n.type()).isEqualTo(ScalarType.STRING);
    assertThat(n.isPlain()).isFalse();
    assertThat(n.asBoolean()).isEmpty();
    assertThat(n.asLong()).isEmpty();
    assertThat(n.isNull()).isFalse();
    assertThat(n.text()).isPresent();
  }

  @Test
  void testBlockScalars_areStrings() {
    YamlDocument doc = new YamlReader(LoadLimits.DEFAULTS).read("t.yaml", "a: |\n  yes\nb: >-\n  123\n").get(0);
    Node root = ((YamlDocument.Parsed) doc).root();

    assertThat(((ScalarNode) root.at("a")).type()).isEqualTo(ScalarType.STRING);
    assertThat(((ScalarNode) root.at("b")).type()).isEqualTo(ScalarType.STRING);
    assertThat(root.at("b").asLong()).isEmpty();
  }

  @Test
  void testLeadingZero_isAnOctalInteger() {
    ScalarNode n = value("0755");

    assertThat(n.type()).isEqualTo(ScalarType.INT);
    assertThat(n.asLong()).hasValue(493);
    assertThat(n.text()).hasValue("0755");
  }

  @Test
  void testIntegerForms() {
    assertThat(value("42").asLong()).hasValue(42);
    assertThat(value("-7").asLong()).hasValue(-7);
    assertThat(value("+7").asLong()).hasValue(7);
    assertThat(value("0").asLong()).hasValue(0);
    assertThat(value("0x1F").asLong()).hasValue(31);
    assertThat(value("0o17").asLong()).hasValue(15);
    assertThat(value("0b101").asLong()).hasValue(5);
    assertThat(value("1_000").asLong()).hasValue(1000);
    assertThat(value("1_000").asNumber()).hasValue(BigDecimal.valueOf(1000));
  }

  @Test
  void testIntegerTooBigForALong_hasNoLongValueButKeepsItsText() {
    ScalarNode n = value("99999999999999999999");

    assertThat(n.asLong()).isEmpty();
    assertThat(n.text()).hasValue("99999999999999999999");
  }

  @Test
  void testOnePointThirty_isAFloatThatLosesItsTrailingZero() {
    ScalarNode n = value("1.30");

    assertThat(n.type()).isEqualTo(ScalarType.FLOAT);
    assertThat(n.asLong()).isEmpty();
    assertThat(n.asNumber()).hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("1.3"));
    assertThat(n.text()).hasValue("1.30");
  }

  @Test
  void testFloatForms() {
    assertThat(value("1e3").type()).isEqualTo(ScalarType.FLOAT);
    assertThat(value(".5").asNumber()).hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("0.5"));
    assertThat(value("-1.5E-2").asNumber()).hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("-0.015"));
    assertThat(value(".inf").type()).isEqualTo(ScalarType.FLOAT);
    assertThat(value(".inf").asNumber()).isEmpty();
    assertThat(value(".NaN").type()).isEqualTo(ScalarType.FLOAT);
  }

  @Test
  void testExplicitStrTag_keepsAPlainScalarAString() {
    ScalarNode yes = value("!!str yes");
    ScalarNode number = value("!!str 0755");

    assertThat(yes.type()).isEqualTo(ScalarType.STRING);
    assertThat(yes.asBoolean()).isEmpty();
    assertThat(number.type()).isEqualTo(ScalarType.STRING);
    assertThat(number.asLong()).isEmpty();
  }

  @Test
  void testOtherExplicitTags() {
    assertThat(value("!!int \"12\"").asLong()).hasValue(12);
    assertThat(value("!!bool \"true\"").asBoolean()).hasValue(true);
    assertThat(value("!!float \"1.5\"").type()).isEqualTo(ScalarType.FLOAT);
    assertThat(value("!!null \"\"").isNull()).isTrue();
    assertThat(value("!custom yes").type()).isEqualTo(ScalarType.STRING);
  }

  @ParameterizedTest
  @ValueSource(strings = {"~", "null", "Null", "NULL", ""})
  void testNullForms(String text) {
    ScalarNode n = value(text);

    assertThat(n.type()).isEqualTo(ScalarType.NULL);
    assertThat(n.isNull()).isTrue();
    assertThat(n.isPresent()).isFalse();
    assertThat(n.text()).isEmpty();
    assertThat(n.textOr("fallback")).isEqualTo("fallback");
  }

  @ParameterizedTest
  @ValueSource(strings = {"nginx", "yes please", "1.2.3", "100m", "1Gi", "0x", "NULLABLE", "Yes!", "08:00"})
  void testOtherPlainScalars_areStrings(String text) {
    assertThat(value(text).type()).isEqualTo(ScalarType.STRING);
  }

  @Test
  void testScalarNodeOf_typedValuesFromJson() {
    assertThat(ScalarNode.of(P, "yes").type()).isEqualTo(ScalarType.STRING);
    assertThat(ScalarNode.of(P, true).asBoolean()).hasValue(true);
    assertThat(ScalarNode.of(P, 8080).asLong()).hasValue(8080);
    assertThat(ScalarNode.of(P, 0.25).type()).isEqualTo(ScalarType.FLOAT);
    assertThat(ScalarNode.of(P, null).isNull()).isTrue();
  }

  @Test
  void testMissingPaths_neverThrow() {
    Node n = value("x");

    assertThat(n.at("a", "b", "c").isMissing()).isTrue();
    assertThat(n.at("a").asLong()).isEmpty();
    assertThat(n.at("a").entries()).isEmpty();
    assertThat(n.at("a").items()).isEmpty();
    assertThat(MissingNode.INSTANCE.position()).isEqualTo(Position.NONE);
  }
}
