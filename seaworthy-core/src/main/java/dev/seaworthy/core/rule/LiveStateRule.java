package dev.seaworthy.core.rule;

/**
 * Marks a rule that judges the state of a running cluster (status fields, the objects controllers
 * create) rather than a template. The engine runs such rules on every object, including the
 * ReplicaSets and Pods that a controller made from a template in the same input, which every other
 * rule judges through that template only (see {@code AuditEngine}).
 */
public interface LiveStateRule {}
