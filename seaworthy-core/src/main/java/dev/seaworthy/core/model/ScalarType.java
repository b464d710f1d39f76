package dev.seaworthy.core.model;

import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How Kubernetes tooling types a scalar. kubectl, Helm and the API machinery read YAML through
 * sigs.k8s.io/yaml, which resolves plain scalars with YAML 1.1 rules: {@code yes}, {@code on},
 * {@code y} are booleans and {@code 0755} is an octal integer there, while YAML 1.2 would call them
 * strings. Seaworthy uses these rules so that it reads a manifest exactly as the cluster will.
 */
public enum ScalarType {
  STRING,
  BOOL,
  INT,
  FLOAT,
  NULL,
  /**
   * A Terraform expression the input does not resolve ({@code module.vpc.private_subnets},
   * {@code aws_kms_key.eks.arn}, a call or a for-expression): the text is the expression's source.
   * It is unknown, not a string: {@code asBoolean()} and {@code asLong()} are empty for it, and
   * rules stay quiet (or say "cannot be determined") rather than guess. Never produced from YAML.
   */
  EXPRESSION;

  private static final Set<String> TRUE =
      Set.of("y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON");
  private static final Set<String> FALSE =
      Set.of("n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF");
  private static final Set<String> NULLS = Set.of("", "~", "null", "Null", "NULL");
  private static final Pattern INT_SYNTAX =
      Pattern.compile("[-+]?(0b[01_]+|0x[0-9a-fA-F_]+|0o?[0-7_]+|0|[1-9][0-9_]*)");
  private static final Pattern FLOAT_SYNTAX =
      Pattern.compile(
          "[-+]?(\\.[0-9]+|[0-9][0-9_]*(\\.[0-9_]*)?)([eE][-+]?[0-9]+)?|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");

  static ScalarType resolve(String value, boolean plain, String explicitTag) {
    if (explicitTag != null) {
      return switch (explicitTag) {
        case "tag:yaml.org,2002:bool", "!!bool" -> BOOL;
        case "tag:yaml.org,2002:int", "!!int" -> INT;
        case "tag:yaml.org,2002:float", "!!float" -> FLOAT;
        case "tag:yaml.org,2002:null", "!!null" -> NULL;
        default -> STRING;
      };
    }
    if (!plain) {
      return STRING;
    }
    if (value.length() <= 5) {
      if (NULLS.contains(value)) {
        return NULL;
      }
      if (TRUE.contains(value) || FALSE.contains(value)) {
        return BOOL;
      }
    }
    // every int and float spelling starts with a sign, a digit or a dot: most scalars skip the regexes
    char first = value.charAt(0);
    if (!(first >= '0' && first <= '9' || first == '-' || first == '+' || first == '.')) {
      return STRING;
    }
    if (INT_SYNTAX.matcher(value).matches()) {
      return INT;
    }
    if (FLOAT_SYNTAX.matcher(value).matches()) {
      return FLOAT;
    }
    return STRING;
  }

  static boolean isTrue(String value) {
    return TRUE.contains(value);
  }

  static OptionalLong parseLong(String raw) {
    String v = raw.replace("_", "");
    boolean negative = v.startsWith("-");
    if (v.startsWith("-") || v.startsWith("+")) {
      v = v.substring(1);
    }
    try {
      long magnitude;
      if (v.startsWith("0x")) {
        magnitude = Long.parseLong(v.substring(2), 16);
      } else if (v.startsWith("0b")) {
        magnitude = Long.parseLong(v.substring(2), 2);
      } else if (v.startsWith("0o")) {
        magnitude = Long.parseLong(v.substring(2), 8);
      } else if (v.length() > 1 && v.startsWith("0")) {
        magnitude = Long.parseLong(v.substring(1), 8);
      } else {
        magnitude = Long.parseLong(v);
      }
      return OptionalLong.of(negative ? -magnitude : magnitude);
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }
}
