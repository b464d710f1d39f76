package dev.seaworthy.iac.eval;

/** A function met an unknown argument (or is not one Seaworthy evaluates): the call's value is unknown. */
final class UnknownValue extends RuntimeException {

  private static final long serialVersionUID = 1L;

  static final UnknownValue INSTANCE = new UnknownValue();

  private UnknownValue() {
    super("unknown", null, false, false);
  }
}
