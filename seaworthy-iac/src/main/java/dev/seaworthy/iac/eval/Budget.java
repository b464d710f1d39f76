package dev.seaworthy.iac.eval;

/**
 * How much work evaluating one module may do (nodes built, characters joined, steps taken), so a
 * hostile configuration (locals that double a list thirty times, a template that repeats itself)
 * ends with unknown values instead of exhausting memory or time.
 */
public final class Budget {

  /** Far above a real module's needs: the guide's whole configuration uses a few thousand units. */
  public static final long DEFAULT_UNITS = 1_000_000L;

  /** Thrown when the budget is spent; never escapes the evaluator. */
  static final class Exhausted extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Exhausted() {
      super("evaluation budget exhausted", null, false, false);
    }
  }

  private long remaining;
  private boolean exhausted;

  public Budget(long units) {
    this.remaining = units;
  }

  public static Budget standard() {
    return new Budget(DEFAULT_UNITS);
  }

  void spend(long units) {
    remaining -= units;
    if (remaining < 0) {
      exhausted = true;
      throw new Exhausted();
    }
  }

  /** Whether some value was left unknown because the budget ran out. */
  public boolean exhausted() {
    return exhausted;
  }
}
