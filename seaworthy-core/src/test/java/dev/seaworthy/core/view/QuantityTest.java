package dev.seaworthy.core.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Resource quantities parsed with the API server's grammar. */
class QuantityTest {

  private static BigDecimal valueOf(String text) {
    Optional<Quantity> q = Quantity.parse(text);
    assertThat(q).as("%s parses", text).isPresent();
    return q.get().value();
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "1, 1",
    "0, 0",
    "100m, 0.1",
    "250m, 0.25",
    "1.5, 1.5",
    ".5, 0.5",
    "1., 1",
    "+2, 2",
    "-1, -1",
    "1e3, 1000",
    "1E3, 1000",
    "1e-3, 0.001",
    "1e+3, 1000",
    "2k, 2000",
    "1M, 1000000",
    "1G, 1000000000",
    "1Ki, 1024",
    "128Mi, 134217728",
    "1Gi, 1073741824",
    "1.5Gi, 1610612736",
    "1Ti, 1099511627776",
    "1Ei, 1152921504606846976",
    "2Ei, 2305843009213693952",
    "1E, 1000000000000000000",
    "3P, 3000000000000000",
    "1T, 1000000000000",
    "5n, 0.000000005",
    "5u, 0.000005",
  })
  void testValidQuantity(String text, String expected) {
    assertThat(valueOf(text)).isEqualByComparingTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1 Gi", "1gi", "1GB", "1K", "Gi", "", " ", ".", "1.2.3", "1e", "1e3Gi", "--1", "0x10", "1,5", "abc", "1mi", "1m5"})
  void testInvalidQuantity_isEmpty(String text) {
    assertThat(Quantity.parse(text)).isEmpty();
  }

  @Test
  void testNull_isEmpty() {
    assertThat(Quantity.parse(null)).isEmpty();
  }

  @Test
  void testSurroundingWhitespace_isTrimmedAsTheApiServerDoes() {
    assertThat(Quantity.parse(" 1Gi ")).hasValueSatisfying(q -> assertThat(q.text()).isEqualTo("1Gi"));
  }

  @Test
  void testNegative() {
    assertThat(Quantity.parse("-1").orElseThrow().isNegative()).isTrue();
    assertThat(Quantity.parse("-100m").orElseThrow().isNegative()).isTrue();
    assertThat(Quantity.parse("0").orElseThrow().isNegative()).isFalse();
  }

  @Test
  void testOrdering_comparesValuesAcrossSuffixes() {
    Quantity decimal = Quantity.parse("1G").orElseThrow();
    Quantity binary = Quantity.parse("1Gi").orElseThrow();
    Quantity millis = Quantity.parse("1000m").orElseThrow();

    assertThat(decimal).isLessThan(binary);
    assertThat(millis.compareTo(Quantity.parse("1").orElseThrow())).isZero();
    assertThat(Quantity.parse("1e3").orElseThrow().compareTo(Quantity.parse("1k").orElseThrow())).isZero();
  }

  @Test
  void testExponentBeyondInt32_isInvalidNotAnException() {
    assertThatCode(() -> Quantity.parse("1e99999999999")).doesNotThrowAnyException();
    assertThat(Quantity.parse("1e99999999999")).isEmpty();
    assertThat(Quantity.parse("1e-99999999999")).isEmpty();
  }

  @Test
  void testHugeAndTinyValues_areBoundedAsTheApiServerStoresThem() {
    BigDecimal max = BigDecimal.valueOf(Long.MAX_VALUE);

    assertThat(valueOf("1e999999999")).isEqualByComparingTo(max);
    assertThat(valueOf("-1e999999999")).isEqualByComparingTo(max.negate());
    assertThat(valueOf("99999999999Ei")).isEqualByComparingTo(max);
    assertThat(valueOf("1e-999999999")).isEqualByComparingTo("0.000000001");
    assertThat(valueOf("0.1n")).isEqualByComparingTo("0.000000001");
    assertThat(valueOf("1.0000000001")).isEqualByComparingTo("1.000000001");
    // bounded values are safe to turn into longs
    assertThat(valueOf("1e999999999").longValueExact()).isEqualTo(Long.MAX_VALUE);
    assertThat(valueOf("1e-999999999").setScale(9).unscaledValue().longValueExact()).isEqualTo(1);
  }
}
