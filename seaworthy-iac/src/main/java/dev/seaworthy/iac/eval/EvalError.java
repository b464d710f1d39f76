package dev.seaworthy.iac.eval;

/**
 * An expression that Terraform itself would reject on known values (a missing attribute, a wrong
 * type). {@code try()} and {@code can()} catch it; elsewhere the expression becomes unknown.
 */
final class EvalError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  EvalError(String message) {
    super(message, null, false, false);
  }
}
