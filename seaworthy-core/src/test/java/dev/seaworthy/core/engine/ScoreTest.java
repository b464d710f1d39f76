package dev.seaworthy.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.model.Origin;
import dev.seaworthy.core.model.Position;
import dev.seaworthy.core.rule.RuleMeta;
import dev.seaworthy.core.rule.Severity;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ScoreTest {

  private static Finding finding(Severity severity) {
    RuleMeta meta = RuleMeta.of(EngineTestRules.HostNetwork.class);
    ResourceRef ref = new ResourceRef(Origin.MANIFEST, "v1", "Pod", "ns", "p", Position.of("f.yaml", 1, 1));
    return new Finding(meta, severity, ref, "", Position.of("f.yaml", 2, 1), "message", List.of());
  }

  @Test
  void testNothingEvaluated_isNotApplicable() {
    Score s = Score.compute(0, 0, List.of());

    assertThat(s.value()).isEmpty();
    assertThat(s.grade()).isEqualTo("N/A");
  }

  @ParameterizedTest(name = "{0}/{1} failed -> {2} {3}")
  @CsvSource({
    "100, 0, 100, A",
    "100, 10, 90, A",
    "100, 11, 89, B",
    "100, 20, 80, B",
    "100, 30, 70, C",
    "100, 40, 60, D",
    "100, 41, 59, F",
    "100, 100, 0, F",
    "3, 1, 66, D",
  })
  void testGradeFollowsTheScore(long evaluated, long failed, int value, String grade) {
    Score s = Score.compute(evaluated, failed, List.of());

    assertThat(s.value()).hasValue(value);
    assertThat(s.grade()).isEqualTo(grade);
  }

  @Test
  void testOpenCriticalFinding_capsTheGradeAtC() {
    assertThat(Score.compute(1000, 10, List.of(finding(Severity.CRITICAL))).grade()).isEqualTo("C");
    assertThat(Score.compute(1000, 10, List.of(finding(Severity.CRITICAL), finding(Severity.HIGH))).grade()).isEqualTo("C");
  }

  @Test
  void testOpenHighFinding_capsTheGradeAtB() {
    assertThat(Score.compute(1000, 5, List.of(finding(Severity.HIGH))).grade()).isEqualTo("B");
    assertThat(Score.compute(1000, 5, List.of(finding(Severity.MEDIUM), finding(Severity.LOW))).grade()).isEqualTo("A");
  }

  @Test
  void testCapsNeverRaiseAGrade() {
    assertThat(Score.compute(100, 50, List.of(finding(Severity.CRITICAL))).grade()).isEqualTo("F");
    assertThat(Score.compute(100, 25, List.of(finding(Severity.HIGH))).grade()).isEqualTo("C");
  }
}
