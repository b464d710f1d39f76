package dev.seaworthy.core.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * Where a node was written: a file (as the user named it, or {@code <stdin>}), a 1-based line and a
 * 1-based column. Live objects have no file; their position is {@link #NONE} and findings name the
 * object instead.
 */
public record Position(String file, int line, int column) implements Comparable<Position> {

  public static final Position NONE = new Position("", 0, 0);

  private static final Comparator<Position> ORDER =
      Comparator.comparing(Position::file).thenComparingInt(Position::line).thenComparingInt(Position::column);

  public Position {
    Objects.requireNonNull(file, "file");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must be >= 0: " + line + ":" + column);
    }
  }

  public static Position of(String file, int line, int column) {
    return new Position(file, line, column);
  }

  public boolean isKnown() {
    return line > 0;
  }

  /** {@code file:line:column}, or {@code file} alone when the line is unknown. */
  @Override
  public String toString() {
    if (!isKnown()) {
      return file;
    }
    return file + ":" + line + ":" + column;
  }

  @Override
  public int compareTo(Position other) {
    return ORDER.compare(this, other);
  }
}
