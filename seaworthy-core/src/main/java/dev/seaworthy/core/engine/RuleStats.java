package dev.seaworthy.core.engine;

/**
 * How one rule fared: on how many resources it was evaluated, on how many it failed (at least one
 * unsuppressed finding) and on how many every finding was suppressed.
 */
public record RuleStats(String ruleId, long evaluated, long failed, long suppressed) {

  public long passed() {
    return evaluated - failed - suppressed;
  }
}
