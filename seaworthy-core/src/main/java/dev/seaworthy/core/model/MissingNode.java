package dev.seaworthy.core.model;

/** The answer to a path that does not exist. A singleton: it has no position. */
public final class MissingNode implements Node {

  public static final MissingNode INSTANCE = new MissingNode();

  private MissingNode() {}

  @Override
  public Position position() {
    return Position.NONE;
  }

  @Override
  public Node get(String key) {
    return this;
  }

  @Override
  public boolean isMissing() {
    return true;
  }

  @Override
  public long weight() {
    return 0;
  }

  @Override
  public String toString() {
    return "<missing>";
  }
}
