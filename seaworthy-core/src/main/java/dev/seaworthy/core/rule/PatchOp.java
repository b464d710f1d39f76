package dev.seaworthy.core.rule;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One JSON-Patch-like operation on a resource ({@code path} is a JSON pointer from the object root).
 * Values are plain data: null, String, Boolean, Number, List or Map of those.
 */
public record PatchOp(Op op, String path, Object value) {

  public enum Op {
    ADD,
    REPLACE,
    REMOVE
  }

  public PatchOp {
    Objects.requireNonNull(op, "op");
    Objects.requireNonNull(path, "path");
    if (!path.isEmpty() && !path.startsWith("/")) {
      throw new IllegalArgumentException("path must be a JSON pointer: " + path);
    }
    if (op == Op.REMOVE && value != null) {
      throw new IllegalArgumentException("remove takes no value");
    }
    checkData(value);
  }

  public static PatchOp add(String path, Object value) {
    return new PatchOp(Op.ADD, path, value);
  }

  public static PatchOp replace(String path, Object value) {
    return new PatchOp(Op.REPLACE, path, value);
  }

  public static PatchOp remove(String path) {
    return new PatchOp(Op.REMOVE, path, null);
  }

  /** Escapes one segment of a JSON pointer ({@code ~} and {@code /}). */
  public static String escape(String segment) {
    return segment.replace("~", "~0").replace("/", "~1");
  }

  private static void checkData(Object v) {
    if (v == null || v instanceof String || v instanceof Boolean || v instanceof Number) {
      return;
    }
    if (v instanceof List<?> list) {
      list.forEach(PatchOp::checkData);
      return;
    }
    if (v instanceof Map<?, ?> map) {
      map.forEach(
          (k, val) -> {
            if (!(k instanceof String)) {
              throw new IllegalArgumentException("map keys must be strings");
            }
            checkData(val);
          });
      return;
    }
    throw new IllegalArgumentException("not plain data: " + v.getClass().getName());
  }
}
