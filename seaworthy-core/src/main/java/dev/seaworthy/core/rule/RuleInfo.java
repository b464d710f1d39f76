package dev.seaworthy.core.rule;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Everything a user needs to know about a rule, in one place, validated when the rule is loaded
 * ({@link RuleMeta#of}). Docs, {@code rules explain}, SARIF rule descriptors and the checklist are
 * all generated from it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {

  /** Stable kebab-case id, e.g. {@code privileged-container}. */
  String id();

  /** One line, no trailing period. */
  String title();

  Severity severity();

  Category category();

  /** Items of the guide's checklist that this rule gives evidence for. */
  ChecklistItem[] checklist() default {};

  /** What the rule checks and why it matters in production, in a few sentences. */
  String description();

  /** How to fix it: a sentence ending with a period. */
  String remediation();

  /** EKS Best Practices Guide sections, Kubernetes docs, other primary sources. */
  String[] references() default {};

  /** Peer checks that test the same thing, as {@code tool:id}. */
  String[] equivalents() default {};

  /** Off unless the configuration turns it on (noisy or opinionated checks). */
  boolean enabledByDefault() default true;

  /** A manifest on which the rule fires. */
  String example();

  /** The same manifest, fixed: the rule is silent on it. */
  String fixedExample();
}
