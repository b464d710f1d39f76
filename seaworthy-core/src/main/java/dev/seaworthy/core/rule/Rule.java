package dev.seaworthy.core.rule;

/**
 * A check. Implement one of the typed entry points and annotate the class with {@link RuleInfo};
 * the engine walks the input and calls the rule with exactly what it needs. Rules keep no state, do
 * no I/O and return violations; nothing wrong is an empty list.
 */
public sealed interface Rule permits ResourceRule, PodSpecRule, ContainerRule {}
