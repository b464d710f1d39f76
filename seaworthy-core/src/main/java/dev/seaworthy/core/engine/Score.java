package dev.seaworthy.core.engine;

import dev.seaworthy.core.rule.Severity;
import java.util.Collection;
import java.util.OptionalInt;

/**
 * The audit score and grade. Every (resource, rule) pair the engine evaluated counts with the
 * weight of the rule's severity (CRITICAL 10, HIGH 5, MEDIUM 3, LOW 1, INFO 0); suppressed pairs do
 * not count. {@code score = floor(100 * (1 - failedWeight / evaluatedWeight))}. The grade follows the
 * score (A >= 90, B >= 80, C >= 70, D >= 60, else F), capped at B when a HIGH finding is open and at
 * C when a CRITICAL one is: a single privileged container in a big bundle must not read as an A.
 * When nothing was evaluated there is no score and the grade is "N/A". See docs/scoring.md.
 */
public record Score(OptionalInt value, String grade, long evaluatedWeight, long failedWeight) {

  public static Score compute(long evaluatedWeight, long failedWeight, Collection<Finding> open) {
    if (evaluatedWeight == 0) {
      return new Score(OptionalInt.empty(), "N/A", 0, 0);
    }
    // floor, not round: one open finding among thousands of checks must not read as 100
    int value = (int) Math.floor(100.0 * (1.0 - (double) failedWeight / evaluatedWeight));
    char grade = value >= 90 ? 'A' : value >= 80 ? 'B' : value >= 70 ? 'C' : value >= 60 ? 'D' : 'F';
    boolean critical = open.stream().anyMatch(f -> f.severity() == Severity.CRITICAL);
    boolean high = open.stream().anyMatch(f -> f.severity() == Severity.HIGH);
    if (critical && grade < 'C') {
      grade = 'C';
    } else if (high && grade < 'B') {
      grade = 'B';
    }
    return new Score(OptionalInt.of(value), String.valueOf(grade), evaluatedWeight, failedWeight);
  }
}
