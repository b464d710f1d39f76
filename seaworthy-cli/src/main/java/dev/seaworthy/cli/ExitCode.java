package dev.seaworthy.cli;

/** Seaworthy's exit codes. Only the CLI decides them; see README "Exit codes". */
public final class ExitCode {

  /** No finding at or above --fail-on, all input read. */
  public static final int OK = 0;
  /** Seaworthy itself failed (a bug): never confused with findings. */
  public static final int INTERNAL_ERROR = 1;
  /** Bad flags, bad configuration file, unknown rule. */
  public static final int USAGE = 2;
  /** Findings at or above --fail-on. */
  public static final int FINDINGS = 3;
  /** Some input could not be read; the rest was audited and reported. Wins over 3. */
  public static final int INPUT_ERRORS = 4;

  private ExitCode() {}
}
