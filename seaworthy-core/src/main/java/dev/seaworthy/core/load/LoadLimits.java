package dev.seaworthy.core.load;

/**
 * Bounds that keep hostile input from exhausting memory or the stack. The defaults are far above
 * what a real Kubernetes object needs: the API server rejects objects over about 1.5 MiB (the etcd
 * request limit) and real objects nest a few dozen levels deep.
 *
 * @param maxFileBytes a larger file is not read at all
 * @param maxDocumentChars a larger YAML document is reported and skipped
 * @param maxDepth deeper nesting is reported (snakeyaml-engine's composer would overflow the stack)
 * @param maxAliases alias uses per document
 * @param maxNodes nodes per document after alias expansion (the billion-laughs guard)
 */
public record LoadLimits(
    long maxFileBytes, int maxDocumentChars, int maxDepth, int maxAliases, long maxNodes) {

  public static final LoadLimits DEFAULTS =
      new LoadLimits(256L << 20, 32 << 20, 500, 10_000, 2_000_000);

  public LoadLimits {
    if (maxFileBytes <= 0 || maxDocumentChars <= 0 || maxDepth <= 0 || maxAliases < 0 || maxNodes <= 0) {
      throw new IllegalArgumentException("load limits must be positive");
    }
  }

  /** {@code 32 MiB}, {@code 64 KiB}, or {@code 1000 characters}: a limit as a message shows it. */
  static String describeSize(long amount, String unit) {
    if (amount >= (1L << 20) && amount % (1L << 20) == 0) {
      return (amount >> 20) + " MiB";
    }
    if (amount >= (1L << 10) && amount % (1L << 10) == 0) {
      return (amount >> 10) + " KiB";
    }
    return amount + " " + unit;
  }
}
