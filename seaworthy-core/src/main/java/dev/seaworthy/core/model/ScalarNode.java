package dev.seaworthy.core.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A scalar with its source text, whether it was written plain (unquoted) and any explicit tag. Its
 * type is resolved as Kubernetes resolves it ({@link ScalarType#resolve}), not as YAML 1.2 would.
 */
public final class ScalarNode implements Node {

  // the position's parts rather than a Position: one object less per node of a large corpus
  private final String file;
  private final int line;
  private final int column;
  private final String value;
  private final ScalarType type;
  private final boolean plain;

  public ScalarNode(Position position, String value, boolean plain, String explicitTag) {
    Objects.requireNonNull(position, "position");
    this.file = position.file();
    this.line = position.line();
    this.column = position.column();
    this.value = Objects.requireNonNull(value, "value");
    this.plain = plain;
    this.type = ScalarType.resolve(value, plain, explicitTag);
  }

  private ScalarNode(Position position, String source, ScalarType type) {
    Objects.requireNonNull(position, "position");
    this.file = position.file();
    this.line = position.line();
    this.column = position.column();
    this.value = Objects.requireNonNull(source, "source");
    this.plain = true;
    this.type = type;
  }

  /** An unresolved Terraform expression, keeping its exact source text ({@link ScalarType#EXPRESSION}). */
  public static ScalarNode expression(Position position, String source) {
    return new ScalarNode(position, source, ScalarType.EXPRESSION);
  }

  /** Whether this is an expression the input does not resolve: its value is unknown. */
  public boolean isExpression() {
    return type == ScalarType.EXPRESSION;
  }

  /** A scalar built from a typed value (JSON from the API server, or generated objects). */
  public static ScalarNode of(Position position, Object value) {
    if (value == null) {
      return new ScalarNode(position, "null", true, null);
    }
    if (value instanceof String s) {
      return new ScalarNode(position, s, false, null);
    }
    return new ScalarNode(position, String.valueOf(value), true, null);
  }

  public String value() {
    return value;
  }

  public ScalarType type() {
    return type;
  }

  /** Written without quotes and without a block style. */
  public boolean isPlain() {
    return plain;
  }

  @Override
  public Position position() {
    return new Position(file, line, column);
  }

  @Override
  public Node get(String key) {
    return MissingNode.INSTANCE;
  }

  @Override
  public boolean isNull() {
    return type == ScalarType.NULL;
  }

  @Override
  public Optional<String> text() {
    return type == ScalarType.NULL ? Optional.empty() : Optional.of(value);
  }

  @Override
  public Optional<Boolean> asBoolean() {
    if (type != ScalarType.BOOL) {
      return Optional.empty();
    }
    return Optional.of(ScalarType.isTrue(value));
  }

  @Override
  public OptionalLong asLong() {
    if (type != ScalarType.INT) {
      return OptionalLong.empty();
    }
    return ScalarType.parseLong(value);
  }

  @Override
  public Optional<BigDecimal> asNumber() {
    if (type == ScalarType.INT) {
      OptionalLong l = asLong();
      return l.isPresent() ? Optional.of(BigDecimal.valueOf(l.getAsLong())) : Optional.empty();
    }
    if (type == ScalarType.FLOAT) {
      try {
        return Optional.of(new BigDecimal(value.replace("_", "")));
      } catch (NumberFormatException e) {
        return Optional.empty(); // .inf / .nan
      }
    }
    return Optional.empty();
  }

  @Override
  public long weight() {
    return 1;
  }

  @Override
  public String toString() {
    return value;
  }
}
