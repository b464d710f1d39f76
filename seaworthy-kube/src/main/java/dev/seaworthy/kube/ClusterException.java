package dev.seaworthy.kube;

/** The cluster cannot be read at all (no kubeconfig, unknown context, unreachable, credentials refused). */
public final class ClusterException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** True when the user named something that does not exist (a context, a kubeconfig file). */
  private final boolean usage;

  public ClusterException(String message, boolean usage) {
    super(message);
    this.usage = usage;
  }

  public boolean isUsage() {
    return usage;
  }
}
