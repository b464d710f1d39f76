package dev.seaworthy.iac.hcl;

/**
 * Malformed HCL: the file, the 1-based line and column where reading stopped, and a one-line reason
 * ("unterminated string", "missing } to close the block opened at line 3", ...).
 */
public final class HclSyntaxException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;
  private final int column;
  private final String reason;

  public HclSyntaxException(String file, int line, int column, String reason) {
    super(file + ":" + line + ":" + column + ": " + reason, null, false, false);
    this.file = file;
    this.line = line;
    this.column = column;
    this.reason = reason;
  }

  public String file() {
    return file;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  /** The reason alone, without the position. */
  public String reason() {
    return reason;
  }
}
