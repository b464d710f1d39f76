package dev.seaworthy.report;

/**
 * Where a rule's documentation is published. Reports read outside the Seaworthy repository (GitHub
 * code scanning, a pull-request comment in the user's repository) need an absolute address: a
 * relative {@code docs/rules/<id>.md} would resolve against the user's repository, where it does not
 * exist.
 */
public final class RuleDocs {

  /** The folder of generated rule pages in the Seaworthy repository, on its main branch. */
  public static final String BASE = "https://github.com/seaworthy-dev/seaworthy/blob/main/docs/rules/";

  /** Seaworthy's home page. */
  public static final String HOME = "https://github.com/seaworthy-dev/seaworthy";

  private RuleDocs() {}

  /** {@code https://github.com/seaworthy-dev/seaworthy/blob/main/docs/rules/<id>.md}. */
  public static String url(String ruleId) {
    return BASE + ruleId + ".md";
  }
}
