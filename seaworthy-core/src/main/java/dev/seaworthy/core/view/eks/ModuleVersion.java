package dev.seaworthy.core.view.eks;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The major versions a Terraform module version constraint admits. {@code ~> 19.0}, {@code 19.21.0},
 * {@code >= 19.0, < 20.0} and a git {@code ?ref=v19.21.0} select 19; {@code >= 20} or {@code ~> 20}
 * admit 20 and every later major, so the major is unknown (at least 20); no constraint at all admits
 * anything.
 *
 * @param constraint the constraint text as written, empty when there is none
 * @param minimum the lowest admitted major, empty when unbounded below
 * @param maximum the highest admitted major, empty when unbounded above
 */
public record ModuleVersion(String constraint, OptionalInt minimum, OptionalInt maximum) {

  private static final Pattern PART = Pattern.compile("\\s*(~>|>=|<=|!=|=|>|<)?\\s*v?(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?(?:[-+][0-9A-Za-z.-]*)?\\s*");

  public static final ModuleVersion NONE = new ModuleVersion("", OptionalInt.empty(), OptionalInt.empty());

  /** Parses a constraint; anything unreadable admits every major. */
  public static ModuleVersion parse(String constraint) {
    if (constraint == null || constraint.isBlank()) {
      return NONE;
    }
    int lo = Integer.MIN_VALUE;
    int hi = Integer.MAX_VALUE;
    for (String part : constraint.split(",")) {
      Matcher m = PART.matcher(part);
      if (!m.matches()) {
        return new ModuleVersion(constraint, OptionalInt.empty(), OptionalInt.empty());
      }
      String op = m.group(1) == null ? "=" : m.group(1);
      int major = Integer.parseInt(m.group(2));
      boolean hasMinor = m.group(3) != null;
      boolean hasPatch = m.group(4) != null;
      boolean zeroRest = (!hasMinor || Integer.parseInt(m.group(3)) == 0) && (!hasPatch || Integer.parseInt(m.group(4)) == 0);
      switch (op) {
        case "=" -> {
          lo = Math.max(lo, major);
          hi = Math.min(hi, major);
        }
        case ">=" -> lo = Math.max(lo, major);
        case ">" -> lo = Math.max(lo, hasMinor || hasPatch ? major : major + 1);
        case "<" -> hi = Math.min(hi, zeroRest ? major - 1 : major);
        case "<=" -> hi = Math.min(hi, major);
        case "~>" -> {
          // only the rightmost written part may grow: ~> 19.0 and ~> 19.21.0 stay in 19; ~> 19 does not
          lo = Math.max(lo, major);
          if (hasMinor) {
            hi = Math.min(hi, major);
          }
        }
        default -> { } // != excludes single versions, not majors
      }
    }
    return new ModuleVersion(
        constraint.strip(),
        lo == Integer.MIN_VALUE ? OptionalInt.empty() : OptionalInt.of(lo),
        hi == Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of(hi));
  }

  /** The one major the constraint selects, when it selects exactly one. */
  public OptionalInt major() {
    if (minimum.isPresent() && maximum.isPresent() && minimum.getAsInt() == maximum.getAsInt()) {
      return minimum;
    }
    return OptionalInt.empty();
  }

  /** Whether the constraint names an exact version ({@code 19.21.0} or {@code = 19.21.0}). */
  public Optional<String> exactVersion() {
    String c = constraint.strip();
    if (c.startsWith("=")) {
      c = c.substring(1).strip();
    }
    return c.matches("v?\\d+\\.\\d+\\.\\d+") ? Optional.of(c.startsWith("v") ? c.substring(1) : c) : Optional.empty();
  }

  public boolean isPresent() {
    return !constraint.isEmpty();
  }

  /** {@code v19}, {@code v20 or later}, {@code unknown}. */
  public String describeMajor() {
    if (major().isPresent()) {
      return "v" + major().getAsInt();
    }
    if (minimum.isPresent() && maximum.isEmpty()) {
      return "v" + minimum.getAsInt() + " or later";
    }
    if (minimum.isPresent()) {
      return "v" + minimum.getAsInt() + "–v" + maximum.getAsInt();
    }
    return "an unknown major";
  }
}
