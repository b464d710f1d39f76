package dev.seaworthy.iac.hcl;

import java.util.List;

/** A piece of a template: literal text, an interpolation, or an if / for directive. */
public sealed interface TemplatePart {

  Span span();

  /** Text with escapes already applied and strip markers honoured. */
  record Literal(String text, Span span) implements TemplatePart {}

  record Interpolation(Expr expr, Span span) implements TemplatePart {}

  /** {@code %{ if cond }...%{ else }...%{ endif }}; otherwise is empty without an else. */
  record If(Expr condition, List<TemplatePart> then, List<TemplatePart> otherwise, Span span) implements TemplatePart {
    public If {
      then = List.copyOf(then);
      otherwise = List.copyOf(otherwise);
    }
  }

  /** {@code %{ for k, v in coll }...%{ endfor }}; keyVar is null with one variable. */
  record For(String keyVar, String valueVar, Expr collection, List<TemplatePart> body, Span span) implements TemplatePart {
    public For {
      body = List.copyOf(body);
    }
  }
}
