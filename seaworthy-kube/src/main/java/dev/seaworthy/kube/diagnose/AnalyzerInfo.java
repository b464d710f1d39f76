package dev.seaworthy.kube.diagnose;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** What an analyzer looks at and explains; docs/live-cluster.md lists them (a test keeps it in sync). */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AnalyzerInfo {

  /** Stable kebab-case id. */
  String id();

  /** One line, no trailing period. */
  String title();

  /** The causes it tells apart, in a sentence or two. */
  String explains();
}
