package dev.seaworthy.kube;

import java.util.Objects;

/**
 * A kind that could not be read: forbidden (a normal consequence of partial permissions: a warning)
 * or failed (the server kept failing or did not answer: the input is incomplete).
 */
public record Gap(KubeKind kind, Type type, String reason) {

  public enum Type {
    FORBIDDEN,
    FAILED
  }

  public Gap {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(reason, "reason");
  }

  /** {@code could not list poddisruptionbudgets.policy: forbidden}. */
  public String describe() {
    return "could not list " + kind.resourceName() + ": " + (type == Type.FORBIDDEN ? "forbidden" : reason);
  }
}
