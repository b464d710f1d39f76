package dev.seaworthy.iac.hcl;

import java.math.BigDecimal;
import java.util.List;

/**
 * An HCL expression as written. Every node knows its {@link Span}; the exact source text of any
 * expression is {@link HclFile#source(Span)}. Nothing here is evaluated.
 */
public sealed interface Expr {

  Span span();

  /** A number, {@code true}, {@code false} or {@code null}: value is a BigDecimal, a Boolean or null. */
  record Literal(Object value, Span span) implements Expr {
    public Literal {
      if (value != null && !(value instanceof BigDecimal) && !(value instanceof Boolean)) {
        throw new IllegalArgumentException("literal of type " + value.getClass());
      }
    }
  }

  /** A quoted string or a heredoc: literal text, interpolations and directives. */
  record Template(List<TemplatePart> parts, boolean heredoc, Span span) implements Expr {
    public Template {
      parts = List.copyOf(parts);
    }
  }

  record Tuple(List<Expr> items, Span span) implements Expr {
    public Tuple {
      items = List.copyOf(items);
    }
  }

  /** {@code key = value} or {@code key: value}; a bare identifier key is the literal name. */
  record ObjectItem(Expr key, Expr value) {}

  record ObjectCons(List<ObjectItem> items, Span span) implements Expr {
    public ObjectCons {
      items = List.copyOf(items);
    }
  }

  /** A bare name: {@code var}, {@code local}, {@code module}, a for-expression's variable... */
  record Variable(String name, Span span) implements Expr {}

  record GetAttr(Expr object, String name, Span span) implements Expr {}

  /** {@code object[key]}, or the legacy {@code object.0} when {@code legacy}. */
  record Index(Expr object, Expr key, boolean legacy, Span span) implements Expr {}

  /** One step applied to each element by a splat: an attribute name, or an index when name is null. */
  record SplatStep(String name, Expr index) {}

  /** {@code source[*].a[0]} ({@code full}) or {@code source.*.a}. */
  record Splat(Expr source, boolean full, List<SplatStep> steps, Span span) implements Expr {
    public Splat {
      steps = List.copyOf(steps);
    }
  }

  /** {@code name(args)}; {@code expandLast} for {@code name(a, list...)}. */
  record Call(String name, List<Expr> args, boolean expandLast, Span span) implements Expr {
    public Call {
      args = List.copyOf(args);
    }
  }

  /**
   * {@code [for k, v in coll : value if cond]} or {@code {for k, v in coll : key => value... if cond}}.
   * keyVar is null with one variable; key is null for the tuple form; cond may be null.
   */
  record For(String keyVar, String valueVar, Expr collection, Expr key, Expr value, boolean grouped, Expr cond, Span span)
      implements Expr {}

  record Conditional(Expr condition, Expr whenTrue, Expr whenFalse, Span span) implements Expr {}

  /** {@code -x} or {@code !x}. */
  record Unary(String op, Expr operand, Span span) implements Expr {}

  record Binary(String op, Expr left, Expr right, Span span) implements Expr {}

  record Parens(Expr inner, Span span) implements Expr {}
}
