package dev.seaworthy.iac.hcl;

/**
 * Entry point of the HCL2 native-syntax parser. Parsing never evaluates anything, never reads a
 * file and never throws anything but {@link HclSyntaxException} for malformed input.
 */
public final class Hcl {

  /** Far above what real configurations nest (a few levels), far below what would exhaust a stack. */
  public static final int DEFAULT_MAX_DEPTH = 256;

  private Hcl() {}

  public static HclFile parse(String file, String text) {
    return parse(file, text, DEFAULT_MAX_DEPTH);
  }

  public static HclFile parse(String file, String text, int maxDepth) {
    return new Parser(file, text, maxDepth).parseFile();
  }

  /** A text that is a template as a whole (a string value of Terraform's JSON syntax). */
  public static Expr.Template parseTemplate(String file, String text, int maxDepth) {
    return new Parser(file, text, maxDepth).parseStandaloneTemplate();
  }
}
