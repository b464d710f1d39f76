package dev.seaworthy.core.engine;

/** A rule that threw on a resource: a bug in Seaworthy, reported instead of crashing the audit. */
public record RuleFailure(String ruleId, ResourceRef resource, String error) {}
