package dev.seaworthy.core.rule;

/**
 * A resource rule whose verdict depends on other objects of the audit ({@link
 * RuleContext#inventory()}). It still reports only on the resource it is handed. When the object it
 * looks for is absent, it must say "not found in the audited input", because the input may be
 * partial.
 */
public interface InventoryRule extends ResourceRule {}
