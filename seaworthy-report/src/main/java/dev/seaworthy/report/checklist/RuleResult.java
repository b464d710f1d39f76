package dev.seaworthy.report.checklist;

import dev.seaworthy.core.rule.RuleMeta;

/**
 * How one rule mapped to a checklist item fared in the audit: whether it ran (it may be off by
 * default, excluded, or outside {@code --include}), on how many objects it was evaluated, and how many
 * passed, failed and had every finding suppressed.
 */
public record RuleResult(RuleMeta rule, boolean ran, long evaluated, long passed, long failed, long suppressed) {}
