package dev.seaworthy.core.view.eks;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Position;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One value of an EKS view with where to report it and how it is known: written in the input
 * (EXPLICIT, at the attribute's own node), left out and filled in by someone's default (DEFAULT, at
 * the enclosing block, naming whose default: "module v19 default", "eksctl default", "EKS API
 * default"), or not knowable from the input (UNKNOWN: an expression the input does not resolve, or
 * a default that depends on something unknown). An unknown setting has no value and must never
 * cause a finding. A DEFAULT may have no value either: nothing is set and nothing is implied.
 */
public record Setting<T>(T value, Node node, Provenance provenance, String by) {

  /** How a value is known. */
  public enum Provenance {
    EXPLICIT,
    DEFAULT,
    UNKNOWN
  }

  public Setting {
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(provenance, "provenance");
    Objects.requireNonNull(by, "by");
    if (provenance == Provenance.UNKNOWN) {
      value = null;
    }
  }

  public static <T> Setting<T> explicit(T value, Node node) {
    return new Setting<>(value, node, Provenance.EXPLICIT, "");
  }

  /** A default, reported at {@code at} (the block that leaves the attribute out). */
  public static <T> Setting<T> byDefault(T value, Node at, String whose) {
    return new Setting<>(value, at, Provenance.DEFAULT, whose);
  }

  /** Not knowable; {@code why} says what is unknown (often the expression's source text). */
  public static <T> Setting<T> unknown(Node at, String why) {
    return new Setting<>(null, at, Provenance.UNKNOWN, why);
  }

  public boolean isExplicit() {
    return provenance == Provenance.EXPLICIT;
  }

  public boolean isDefault() {
    return provenance == Provenance.DEFAULT;
  }

  public boolean isUnknown() {
    return provenance == Provenance.UNKNOWN;
  }

  /** The value when it is known and present. */
  public Optional<T> known() {
    return Optional.ofNullable(value);
  }

  /** Whether the value is known and equal to {@code expected}. */
  public boolean is(T expected) {
    return value != null && value.equals(expected);
  }

  public Position position() {
    return node.position();
  }

  /** {@code " (module v19 default)"} for a default, empty otherwise: append it to a message. */
  public String note() {
    return provenance == Provenance.DEFAULT && !by.isEmpty() ? " (" + by + ")" : "";
  }

  public <R> Setting<R> map(Function<? super T, ? extends R> f) {
    return new Setting<>(value == null ? null : f.apply(value), node, provenance, by);
  }
}
