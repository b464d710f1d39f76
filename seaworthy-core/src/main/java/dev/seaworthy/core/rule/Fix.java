package dev.seaworthy.core.rule;

import java.util.List;
import java.util.Objects;

/** A proposed change, as data: a description and the patch that makes it. */
public record Fix(String description, List<PatchOp> ops) {

  public Fix {
    Objects.requireNonNull(description, "description");
    ops = List.copyOf(ops);
    if (ops.isEmpty()) {
      throw new IllegalArgumentException("a fix needs at least one operation");
    }
  }

  public static Fix of(String description, PatchOp... ops) {
    return new Fix(description, List.of(ops));
  }
}
