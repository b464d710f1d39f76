package dev.seaworthy.kube.diagnose;

import dev.seaworthy.core.rule.Severity;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One problem found: which analyzer, how bad, the object ({@code Kind/namespace/name}), the cause in
 * one sentence, the evidence it rests on, and the next command to run or change to make.
 */
public record Diagnosis(String analyzer, Severity severity, String object, String cause, List<String> evidence, String next) {

  /** Worst first, then by object and analyzer: the same cluster gives the same report. */
  public static final Comparator<Diagnosis> ORDER =
      Comparator.comparing(Diagnosis::severity).reversed()
          .thenComparing(Diagnosis::object)
          .thenComparing(Diagnosis::analyzer)
          .thenComparing(Diagnosis::cause);

  public Diagnosis {
    Objects.requireNonNull(analyzer, "analyzer");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(object, "object");
    Objects.requireNonNull(cause, "cause");
    Objects.requireNonNull(next, "next");
    evidence = List.copyOf(evidence);
  }
}
