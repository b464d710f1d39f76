package dev.seaworthy.core.load;

import dev.seaworthy.core.model.Position;
import java.util.Objects;

/** Input that could not be read: where, and a one-line reason. The rest of the input is still audited. */
public record InputError(Position position, String reason) implements Comparable<InputError> {

  public InputError {
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(reason, "reason");
    if (reason.contains("\n")) {
      reason = reason.lines().findFirst().orElse("").strip();
    }
  }

  @Override
  public String toString() {
    return position.isKnown() ? position.file() + ":" + position.line() + ": " + reason : position.file() + ": " + reason;
  }

  @Override
  public int compareTo(InputError o) {
    int c = position.compareTo(o.position);
    return c != 0 ? c : reason.compareTo(o.reason);
  }
}
