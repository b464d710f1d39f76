package dev.seaworthy.core.config;

import dev.seaworthy.core.model.Position;

/** A configuration file that cannot be used, with the position of the problem. */
public final class ConfigException extends Exception {

  private final transient Position position;

  public ConfigException(Position position, String message) {
    super(message);
    this.position = position;
  }

  public Position position() {
    return position;
  }

  /** {@code file:line: message}. */
  public String oneLine() {
    return (position.isKnown() ? position.file() + ":" + position.line() : position.file()) + ": " + getMessage();
  }
}
