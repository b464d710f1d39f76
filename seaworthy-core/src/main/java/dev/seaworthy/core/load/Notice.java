package dev.seaworthy.core.load;

import dev.seaworthy.core.model.Position;
import java.util.Objects;

/** Something the user should know about the input that is not an error (a skipped chart, say). */
public record Notice(Position position, String message) {

  public Notice {
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return position.isKnown() ? position + ": " + message : position.file() + ": " + message;
  }
}
